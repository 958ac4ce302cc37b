// Worker threads that run the codec kernel on blocks. Workers read their input from the file and (decoding to a file)
// write their output themselves; blocks live in SharedArrayBuffers that the caller owns and reuses (see planes.ts), so
// nothing is copied between threads and memory stays bounded by the number of blocks in flight, whatever the model
// size. The main thread meanwhile hashes in order.
//
// Workers run codec-worker.ts, an entry of its own beside this module both in tsc's output and in dist/ (where the
// bundle's chunks sit beside the entries), and are unref'd whenever idle, so the shared pool never keeps the process
// alive and later loads reuse warm workers.
import { Worker } from 'node:worker_threads';
import type { Pieces } from './kernel.js';

/** The worker's module: codec-worker.js beside this file (or beside the bundle chunk this file became). */
const WORKER_URL = new URL('./codec-worker.js', import.meta.url);

/** A failure the kernel reported about the data (not a crash of the worker). */
export class KernelError extends Error {}

interface Pending {
  resolve: (value: any) => void;
  reject: (error: Error) => void;
}

class KernelWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor() {
    this.worker = new Worker(WORKER_URL);
    this.worker.on('message', (m: { id: number; error?: string }) => this.settle(m));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`codec worker exited with code ${code}`)));
    // Unref'd only now: Node refs a worker's port again when its first 'message' listener is added, so a worker
    // unref'd before that, and then never called (auto's warm-up when zstd wins), kept the process alive for good.
    this.worker.unref();
  }

  get load(): number {
    return this.pending.size;
  }

  call<T>(message: object): Promise<T> {
    const id = this.nextId++;
    // Referenced only while it owes an answer: an idle worker must not keep the process alive.
    if (this.pending.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private settle(m: { id: number; error?: string }): void {
    const job = this.pending.get(m.id);
    if (!job) return;
    this.pending.delete(m.id);
    if (this.pending.size === 0) this.worker.unref();
    if (m.error !== undefined) job.reject(new KernelError(m.error));
    else job.resolve(m);
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

const pool: KernelWorker[] = [];

/**
 * Starts up to `size` shared workers now rather than on first use: a thread takes tens of milliseconds to boot, which
 * then overlaps with whatever the caller does before its first block.
 */
export function startWorkers(size: number): void {
  while (pool.length < size) pool.push(new KernelWorker());
}

/** The least busy of the first `size` shared workers (created on first use). */
function worker(size: number): KernelWorker {
  startWorkers(size);
  return pool.slice(0, size).reduce((a, b) => (b.load < a.load ? b : a));
}

/** A buffer of `n` bytes that threads can share without copying. */
export function sharedBytes(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(n));
}

/** Where a block's input is in a file. */
interface FileRange {
  fd: number;
  position: number;
}

/** Runs the kernel's block jobs on up to `size` worker threads; all buffers must be shared memory. */
export class BlockPool {
  constructor(readonly size: number) {}

  /**
   * Reads a block into `raw` (its length) from `from` and encodes it into `out`; returns the encoded block (a view of
   * `out` when it fits, else a new buffer).
   */
  async encode(from: FileRange, raw: Uint8Array, pieces: Pieces, level: number, out: Uint8Array): Promise<Uint8Array> {
    const m = await worker(this.size).call<{ length: number; block?: Uint8Array }>({ op: 'encode', ...from, raw, pieces, level, out });
    return m.block ?? out.subarray(0, m.length);
  }

  /**
   * Reads `framesLength` bytes of frames at `frames` and decodes them into `out` (exactly the block's raw length);
   * with `write`, also writes `out` there.
   */
  async decode(job: { frames: FileRange; framesLength: number; pieces: Pieces; packed: number[]; label: string }, out: Uint8Array, write: FileRange | null): Promise<void> {
    await worker(this.size).call({
      op: 'decode',
      fd: job.frames.fd,
      framesPosition: job.frames.position,
      framesLength: job.framesLength,
      pieces: job.pieces,
      packed: job.packed,
      label: job.label,
      out,
      writeFd: write?.fd ?? null,
      writePosition: write?.position ?? 0,
    });
  }
}
