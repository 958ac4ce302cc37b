// What the parent (side.ts) and a side process (side-child.ts) say to each other over IPC ('advanced' serialization:
// typed arrays and Maps arrive as they were sent).
import type { ThreadSettings } from '../onnx/runtime.js';
import type { Bound } from '../types.js';
import type { ColdJob } from './cold-load.js';
import type { RoundSettings } from './warm.js';

/** Which side of a comparison a process runs. */
export type Side = 'baseline' | 'candidate';

export type SideRequest = { ortPackage?: string | null } & (
  | { kind: 'cold'; job: ColdJob }
  | { kind: 'open'; path: string; label: string; threads: ThreadSettings }
  | { kind: 'predict'; inputs: Bound; spill: string }
  | { kind: 'release' }
  | { kind: 'round'; inputs: Bound; settings: RoundSettings }
);

/** `input` tells a bad model or input (the user's, as in the parent) from a crash. */
export type SideReply = { ok: true; value: unknown } | { ok: false; error: string; input: boolean };
