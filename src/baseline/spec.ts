// Baseline stage: what the user asked to compare against (input `baseline`, the CLI's --baseline) → a local pack
// folder, or a reason there is none. Releases come from GitHub, `ref:` from git, `path:` from disk; everything after
// this sees a pack folder. The GitHub and git flavours are imported when a spec needs them, so parsing a spec (which
// the CLI does at start-up) loads neither.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { Release } from '../github/releases.js';
import type { PackOptions } from '../pack/pack.js';
import { resolvePathBaseline } from './path.js';
import type { ResolvedBaseline } from './resolved.js';

export type BaselineSpec =
  | { kind: 'latest-release' }
  | { kind: 'previous-release' }
  | { kind: 'release'; tag: string }
  /** A pack folder; `optional` (written `path?:<dir>`) lets a folder that does not exist mean "no baseline". */
  | { kind: 'path'; dir: string; optional: boolean }
  | { kind: 'ref'; ref: string }
  | { kind: 'none' };

const BASELINE_FORMS = 'latest-release, previous-release, release:<tag>, path:<dir>, path?:<dir>, ref:<git ref>, or none';

export function parseBaselineSpec(text: string, source: string): BaselineSpec {
  const value = text.trim();
  if (value === 'latest-release' || value === 'previous-release' || value === 'none') return { kind: value };
  const match = /^(release|path\??|ref):(.+)$/.exec(value);
  if (!match) throw new InputError(`${source}: "${value}" is not a baseline; use ${BASELINE_FORMS}`);
  const arg = match[2]!.trim();
  if (match[1] === 'release') return { kind: 'release', tag: arg };
  if (match[1] === 'path' || match[1] === 'path?') return { kind: 'path', dir: arg, optional: match[1] === 'path?' };
  // A ref reaches `git` as an argument: refuse anything that could be read as an option.
  if (arg.startsWith('-') || /[\s\0]/.test(arg)) throw new InputError(`${source}: "${arg}" is not a usable git ref`);
  return { kind: 'ref', ref: arg };
}

interface BaselineContext {
  github: GitHubClient | null;
  /** The tag being released, on a release event or a tag push. */
  currentTag: string | null;
  includePrereleases: boolean;
  /** The `models` patterns, for `ref:` (which packs the same files as they were at the ref). */
  modelPatterns: string[];
  scratch: string;
  /** The candidates' pack settings: a `ref:` baseline is packed exactly like them, so load time compares models, not codecs. */
  pack: PackOptions;
  source: string;
}

export async function resolveBaseline(spec: BaselineSpec, context: BaselineContext): Promise<ResolvedBaseline> {
  switch (spec.kind) {
    case 'none':
      return { kind: 'none', label: 'none', note: 'baseline: none was asked for', tag: null };
    case 'path':
      return resolvePathBaseline(spec, context.source);
    case 'ref': {
      const dir = join(context.scratch, 'baseline-ref');
      const { packAtRef } = await import('./git-ref.js');
      const found = await packAtRef(spec.ref, context.modelPatterns, dir, context.pack, context.source);
      const label = `ref ${spec.ref}`;
      return found ? { kind: 'fetched', dir, label, tag: null } : { kind: 'none', label, note: `no model file matches at ${spec.ref}`, tag: null };
    }
    default:
      return fromRelease(await findRelease(spec, context), context);
  }
}

async function findRelease(spec: BaselineSpec, context: BaselineContext): Promise<Release | string> {
  const github = context.github;
  if (!github) throw new InputError(`${context.source}: a release baseline needs a GitHub token (input 'github-token') and repository`);
  const { latestRelease, listReleases, pickLatest, pickPrevious, releaseByTag } = await import('../github/releases.js');
  if (spec.kind === 'release') return (await releaseByTag(github, spec.tag)) ?? `release ${spec.tag} does not exist`;
  if (spec.kind === 'latest-release') {
    const latest = context.includePrereleases ? pickLatest(await listReleases(github), true) : await latestRelease(github);
    return latest ?? 'the repository has no published release yet';
  }
  if (!context.currentTag) {
    throw new InputError(`${context.source}: previous-release needs a release event or a tag push to know the current release; use latest-release elsewhere`);
  }
  return pickPrevious(await listReleases(github), context.currentTag, context.includePrereleases) ?? `no release before ${context.currentTag}`;
}

async function fromRelease(found: Release | string, context: BaselineContext): Promise<ResolvedBaseline> {
  if (typeof found === 'string') return { kind: 'none', label: 'none', note: found, tag: null };
  const dir = join(context.scratch, 'baseline-release');
  await mkdir(dir, { recursive: true });
  const { downloadPack } = await import('../github/releases.js');
  const pack = await downloadPack(context.github!, found, dir);
  const label = `release ${found.tag_name}`;
  if (pack.kind === 'none') return { kind: 'none', label, note: pack.note, tag: found.tag_name };
  return { kind: 'fetched', dir, label, tag: found.tag_name };
}
