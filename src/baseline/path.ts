// Baseline stage, `path:` flavour: a pack folder the user named, checked before anything runs. Kept apart from the
// release and git flavours so the CLI reaches it without loading their modules.
import { lstat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ResolvedBaseline } from './resolved.js';

/** `path:<dir>` or, with `optional`, `path?:<dir>` (spec.ts parses both). */
interface PathSpec {
  kind: 'path';
  dir: string;
  optional: boolean;
}

/**
 * A pack folder the user named. A typo must not pass as "first release": a folder that does not exist is bad input
 * unless the user said it may be missing (`path?:<dir>`, the CLI's --baseline-optional); `none` is the way to say there
 * is no baseline yet.
 */
export async function resolvePathBaseline(spec: PathSpec, source: string, howToAllow = `for a first release use none; to allow a missing folder, path?:${spec.dir}`): Promise<ResolvedBaseline> {
  const exists = await lstat(spec.dir).then(
    () => true,
    () => false,
  );
  if (exists) return { kind: 'folder', dir: spec.dir };
  if (spec.optional) return { kind: 'none', label: spec.dir, note: `baseline folder ${spec.dir} does not exist, which was allowed (first release?)`, tag: null };
  throw new InputError(`${source}: baseline folder ${spec.dir} does not exist (${howToAllow})`);
}

