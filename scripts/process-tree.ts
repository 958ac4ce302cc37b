// Runs a command and samples the memory of its whole process tree, as a benchmark of models larger than RAM must: the
// proportional set size (PSS, /proc/<pid>/smaps_rollup) of the process and every descendant, summed. PSS splits each
// shared page among the processes that map it, so two processes mapping one model file count it once, where summed
// RSS would count it twice. Samples are taken every `intervalMs` (reading smaps_rollup of a process mapping gigabytes
// costs the kernel milliseconds, so not much faster), and a spike shorter than that can be missed. Linux only.
// A caller that reads the command's progress lines on stderr can name phases; each phase gets its own peak.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface PhasePeak {
  phase: string;
  seconds: number;
  peakPssBytes: number;
}

export interface TreeRun {
  code: number | null;
  seconds: number;
  peakPssBytes: number;
  /** Processes in the tree at the peak sample. */
  peakProcesses: number;
  samples: number;
  /** In the order they began; a phase seen again continues under the same name (its peak is the larger). */
  phases: PhasePeak[];
  stdout: string;
  stderr: string;
}

export interface TreeOptions {
  intervalMs?: number;
  /** The phase a stderr line starts, or null when the line starts none. */
  phaseOf?: (line: string) => string | null;
  /** Each stderr line as it comes (e.g. to show a long run's progress). */
  onLine?: (line: string) => void;
  /** Name of the phase before any line named one. */
  firstPhase?: string;
}

/** The process and all its descendants, found through each thread's children list. */
function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue; // exited since it was listed
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').split(' ')) if (child.trim()) out.push(Number(child));
      } catch {
        // the thread or process ended meanwhile
      }
    }
  }
  return out;
}

function pssBytes(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `command args`, sampling the tree's summed PSS until it exits; stdout and stderr are kept. */
export function runTree(command: string, args: string[], options: TreeOptions = {}): Promise<TreeRun> {
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const result: TreeRun = { code: null, seconds: 0, peakPssBytes: 0, peakProcesses: 0, samples: 0, phases: [], stdout: '', stderr: '' };
  let current: PhasePeak & { since: number } = { phase: options.firstPhase ?? 'run', seconds: 0, peakPssBytes: 0, since: start };
  const phases = new Map<string, PhasePeak>();
  const closePhase = (now: number) => {
    const seen = phases.get(current.phase);
    const seconds = (now - current.since) / 1000;
    if (seen) {
      seen.seconds += seconds;
      seen.peakPssBytes = Math.max(seen.peakPssBytes, current.peakPssBytes);
    } else {
      phases.set(current.phase, { phase: current.phase, seconds, peakPssBytes: current.peakPssBytes });
    }
  };
  const sample = () => {
    if (child.pid === undefined) return;
    const pids = tree(child.pid);
    const total = pids.reduce((sum, pid) => sum + pssBytes(pid), 0);
    result.samples++;
    current.peakPssBytes = Math.max(current.peakPssBytes, total);
    if (total > result.peakPssBytes) {
      result.peakPssBytes = total;
      result.peakProcesses = pids.length;
    }
  };
  const timer = setInterval(sample, options.intervalMs ?? 300);
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (result.stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    result.stderr += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      options.onLine?.(line);
      const phase = options.phaseOf?.(line);
      if (phase && phase !== current.phase) {
        sample(); // the memory at the boundary belongs to the phase that ends
        const now = performance.now();
        closePhase(now);
        current = { phase, seconds: 0, peakPssBytes: 0, since: now };
      }
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const now = performance.now();
      closePhase(now);
      result.code = code;
      result.seconds = (now - start) / 1000;
      result.phases = [...phases.values()];
      resolve(result);
    });
  });
}
