// The parent's end of a side process (side-child.ts): requests one at a time, each under the side's time limit, while a
// watch samples the memory of the whole process tree and kills a side past its memory cap. The model runs only there:
// the parent holds no session, so a model that hangs, crashes or takes all the memory is stopped and named.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { onnxRuntimePackage } from '../onnx/runtime.js';
import type { Side, SideReply, SideRequest } from './side-protocol.js';

/**
 * The child entry sits beside this module in both layouts: build/src/bench/side-child.js next to side.js (tests), and
 * dist/side-child.js next to the cli.js and index.js bundles that contain this code.
 */
const CHILD = fileURLToPath(new URL('./side-child.js', import.meta.url));

export interface SideLimits {
  /** Seconds one request (a load, an eval set, a latency round) may take before the side is killed. */
  timeSeconds: number;
  /** Resident bytes a side process may reach before it is killed; null: no cap (or none the platform can enforce). */
  memoryBytes: number | null;
}

export type DeathCause = 'time-limit' | 'memory-limit' | 'crash';

/** A side process that was killed at a limit or died on its own before it answered. */
export class SideDied extends Error {
  constructor(
    readonly side: Side,
    readonly label: string,
    readonly death: DeathCause,
    readonly during: string,
    detail: string,
  ) {
    super(`${label}: ${detail} during ${during}`);
  }
}

/** Where the resident memory of a process is read (Linux); elsewhere the cap is not enforced and no peak is known. */
const PROC = existsSync('/proc/self/status');

/** Resident kB of a process from /proc/<pid>/status (VmRSS), or null when it is gone or unreadable. */
function residentBytes(pid: number | 'self'): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** How often the watch samples the tree: often enough for a cap to act within a fraction of a second, cheap to read. */
const WATCH_MS = 200;

/**
 * Samples the resident memory of this process and every live side process, sums it (shared library pages count once
 * per process, so the sum errs high by a few tens of MB) and keeps the peak; kills a side past its cap.
 */
class TreeWatch {
  private readonly sides = new Set<SideProcess>();
  private timer: NodeJS.Timeout | null = null;
  private peak = 0;

  add(side: SideProcess): void {
    this.sides.add(side);
    if (PROC && !this.timer) {
      this.timer = setInterval(() => this.sample(), WATCH_MS);
      this.timer.unref();
    }
  }

  remove(side: SideProcess): void {
    this.sample();
    this.sides.delete(side);
    if (this.sides.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  sample(): void {
    if (!PROC) return;
    let total = residentBytes('self') ?? 0;
    for (const side of this.sides) total += side.sample();
    this.peak = Math.max(this.peak, total);
  }

  /** The peak since the last call (null where it cannot be read), and a fresh start for the next. */
  takePeak(): number | null {
    this.sample();
    const peak = this.peak;
    this.peak = 0;
    return PROC ? peak : null;
  }
}

/** The one watch of this process: every side process any measurement starts is in it. */
export const treeWatch = new TreeWatch();

export class SideProcess {
  private readonly child: ChildProcess;
  private readonly stderr: Buffer[] = [];
  private pending: { resolve: (value: unknown) => void; reject: (error: Error) => void; during: string } | null = null;
  private killedFor: { death: DeathCause; detail: string } | null = null;
  private readonly exited: Promise<void>;
  private first = true;

  constructor(
    readonly side: Side,
    readonly label: string,
    private readonly limits: SideLimits,
  ) {
    if (!existsSync(CHILD)) throw new Error(`the side process entry ${CHILD} is missing: rebuild with npm run build`);
    // No inherited execArgv: flags of the parent (a test runner's, an inspector's) must not slow the child down.
    this.child = fork(CHILD, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.on('data', (d: Buffer) => {
      this.stderr.push(d);
      if (this.stderr.length > 64) this.stderr.shift();
    });
    this.child.on('message', (m: SideReply) => this.settle(m));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        const ended = () => {
          treeWatch.remove(this);
          const why = this.killedFor ?? { death: 'crash' as const, detail: `the process exited (${signal ? `signal ${signal}` : `code ${code}`})${this.stderrTail()}` };
          this.fail(new SideDied(this.side, this.label, why.death, this.pending?.during ?? 'its work', why.detail));
          resolve();
        };
        // A reply sent just before the exit may still be in the channel: it is read before the channel reports its end.
        if (this.child.connected) this.child.once('disconnect', ended);
        else ended();
      });
      this.child.once('error', (error) => {
        this.fail(new Error(`${this.label}: the side process failed: ${error.message}`));
        resolve();
      });
    });
    treeWatch.add(this);
  }

  /** Sends one request and waits for its answer under the time limit; `during` names the work in a death's message. */
  request<T>(request: SideRequest, during: string): Promise<T> {
    if (this.pending) throw new Error(`${this.label}: a side process takes one request at a time`);
    // A process that died while idle (its death reported no request) fails the next request at once.
    if (!this.child.connected) return Promise.reject(new SideDied(this.side, this.label, this.killedFor?.death ?? 'crash', during, this.killedFor?.detail ?? `the process had already exited${this.stderrTail()}`));
    const message: SideRequest = this.first ? { ...request, ortPackage: onnxRuntimePackage() } : request;
    this.first = false;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => this.kill('time-limit', `killed at the ${this.limits.timeSeconds} s time limit of a step`), this.limits.timeSeconds * 1000);
      const done = () => clearTimeout(timer);
      this.pending = {
        resolve: (value) => (done(), resolve(value as T)),
        reject: (error) => (done(), reject(error)),
        during,
      };
      this.child.send(message);
    });
  }

  /** The side's resident bytes now; past its cap, it is killed. Called by the watch. */
  sample(): number {
    const bytes = this.child.pid === undefined ? null : residentBytes(this.child.pid);
    if (bytes === null) return 0;
    const cap = this.limits.memoryBytes;
    if (cap !== null && bytes > cap) this.kill('memory-limit', `killed at the memory cap (${mib(bytes)} resident, the cap ${mib(cap)})`);
    return bytes;
  }

  /** Ends the process (the child exits when its channel closes) and waits until it has. */
  async close(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }

  /** Waits for the process to exit by itself (a cold-load child exits after its one reply). */
  async ended(): Promise<void> {
    await this.exited;
  }

  private kill(death: DeathCause, detail: string): void {
    if (this.killedFor || this.child.exitCode !== null) return;
    this.killedFor = { death, detail };
    this.child.kill('SIGKILL');
  }

  private settle(reply: SideReply): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(reply.input ? new InputError(reply.error) : new Error(`${this.label}: ${reply.error}`));
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  private stderrTail(): string {
    const text = Buffer.concat(this.stderr).toString('utf8').trim().split('\n').slice(-3).join(' ').slice(0, 500);
    return text ? `: ${text}` : '';
  }
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
