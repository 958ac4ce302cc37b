// The two sides of one comparison, each in side processes (side.ts): which mode they run in, and the requests the eval
// and bench stages make of them. In either mode only one side works at a time, and the parent holds no model.
//
// - alternating: one process per side stays up for the whole comparison; eval runs one side's sets, then the other's, and
//   warm rounds alternate between the two processes (A B, B A, …). Used while both models fit comfortably in memory.
// - blocks: a side process per block of work. Eval opens one side, runs its sets and exits, then the other; each warm
//   round is a block of its own — a fresh process loads the side, runs the round and exits — in the same A B, B A order,
//   so the unit a timing is judged on is still a pair of adjacent rounds (one block of each side) and drift cancels as
//   before. Nothing of one side is resident while the other runs.
import type { ThreadSettings } from '../onnx/runtime.js';
import type { SideMode } from '../modes.js';
import type { SideSettings } from './settings.js';
import type { Bound, ModelInfo } from '../types.js';
import { type SideLimits, SideProcess } from './side.js';
import type { LatencyRound, RoundSettings } from './warm.js';
import type { Side } from './side-protocol.js';

export type { Side };


interface SidesPlan {
  mode: SideMode;
  /** What both sides need by the rule below, and the memory available when the comparison started: why this mode. */
  needBytes: number;
  availableBytes: number;
  limits: SideLimits;
}

/**
 * What one side needs resident, by rule: its model twice over (onnxruntime's copy of the weights, and as much again for
 * prepacked weights, arenas and outputs). "Fit comfortably": both sides' needs within three quarters of the memory
 * available, as if both held their model at once.
 */
const NEED_PER_MODEL_BYTE = 2;
const COMFORTABLE_SHARE = 0.75;
const AUTO_CAP_SHARE = 0.9;

/** The mode and limits for sides of these sizes (raw bytes, external data included) on `availableBytes` of memory. */
export function planSides(rawBytes: readonly number[], settings: SideSettings, availableBytes: number): SidesPlan {
  const needBytes = rawBytes.reduce((a, b) => a + b * NEED_PER_MODEL_BYTE, 0);
  const mode: SideMode = settings.mode === 'auto' ? (fitsAlternating(needBytes, availableBytes) ? 'alternating' : 'blocks') : settings.mode;
  const memoryBytes = settings.memoryLimitMiB !== null ? settings.memoryLimitMiB * 2 ** 20 : Math.floor(availableBytes * AUTO_CAP_SHARE);
  return { mode, needBytes, availableBytes, limits: { timeSeconds: settings.timeLimitSeconds, memoryBytes } };
}

/** `auto`'s test: both sides' needs within three quarters of the memory available. */
const fitsAlternating = (needBytes: number, availableBytes: number) => needBytes <= availableBytes * COMFORTABLE_SHARE;

/** The plan in words, for the progress log and the report's method section. */
export function describePlan(p: Pick<SidesPlan, 'mode' | 'needBytes' | 'availableBytes'>): string {
  const fits = fitsAlternating(p.needBytes, p.availableBytes);
  return `${gb(p.needBytes)} needed (each model's bytes twice) ${fits ? 'within' : 'over'} 3/4 of the ${gb(p.availableBytes)} available`;
}

interface SideModel {
  /** The restored, verified model file (external data beside it), which the side process loads by path. */
  path: string;
  label: string;
}

/** The side processes of one comparison, per its plan. */
export class Sides {
  /** The process of each side that is up: for the whole comparison (alternating), or from open to park (blocks). */
  private readonly up = new Map<Side, SideProcess>();

  constructor(
    private readonly models: Partial<Record<Side, SideModel>>,
    readonly plan: SidesPlan,
    private readonly threads: ThreadSettings,
  ) {}

  label(side: Side): string {
    return this.model(side).label;
  }

  /** Starts the side's process on its model and reads the model's interface there. */
  async open(side: Side): Promise<ModelInfo> {
    const process = this.up.get(side) ?? this.start(side);
    this.up.set(side, process);
    return this.load(process, side);
  }

  /** One eval inference of an open side; its outputs are written to `spill`. */
  async predict(side: Side, inputs: Bound, spill: string): Promise<void> {
    const process = this.up.get(side);
    if (!process) throw new Error(`${side} is not open`);
    await process.request({ kind: 'predict', inputs, spill }, 'an eval inference');
  }

  /** The side is done for now: its eval session is released (alternating), or its process ends (blocks). */
  async park(side: Side): Promise<void> {
    const process = this.up.get(side);
    if (!process) return;
    if (this.plan.mode === 'alternating') await process.request({ kind: 'release' }, 'releasing the eval session');
    else {
      this.up.delete(side);
      await process.close();
    }
  }

  /** One warm-latency round of a side, in its standing process (alternating) or in a block of its own (blocks). */
  async round(side: Side, inputs: Bound, settings: RoundSettings): Promise<LatencyRound> {
    const standing = this.up.get(side);
    if (standing) return standing.request<LatencyRound>({ kind: 'round', inputs, settings }, 'a latency round');
    if (this.plan.mode === 'alternating') {
      await this.open(side);
      return this.round(side, inputs, settings);
    }
    const block = this.start(side);
    try {
      await this.load(block, side);
      return await block.request<LatencyRound>({ kind: 'round', inputs, settings }, 'a latency round');
    } finally {
      await block.close();
    }
  }

  /** Ends every side process still up. */
  async close(): Promise<void> {
    const open = [...this.up.values()];
    this.up.clear();
    await Promise.all(open.map((p) => p.close()));
  }

  private start(side: Side): SideProcess {
    return new SideProcess(side, this.model(side).label, this.plan.limits);
  }

  /** Opens the side's model in `process`, which reads its interface there. */
  private load(process: SideProcess, side: Side): Promise<ModelInfo> {
    const { path, label } = this.model(side);
    return process.request<ModelInfo>({ kind: 'open', path, label, threads: this.threads }, 'loading the model');
  }

  private model(side: Side): SideModel {
    const model = this.models[side];
    if (!model) throw new Error(`no ${side} model in this comparison`);
    return model;
  }
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
