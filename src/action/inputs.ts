// Every action input, read and checked once, before the action does anything a user could see: no file is written,
// nothing downloaded, uploaded or commented while an input may still turn out to be bad. A bad input is an InputError
// whose one line names the input and what is wrong with it.
import * as core from '@actions/core';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkOutputDir, checkOutputFile } from '../util/fs.js';
import { type BaselineSpec, parseBaselineSpec } from '../baseline/spec.js';
import { InputError } from '../errors.js';
import type { CommentMode } from '../modes.js';
import type { RunContext } from '../github/context.js';
import type { ShardSpec } from '../inputs/shard-spec.js';
import type { Config, RawSettings } from '../inputs/config.js';
import { expandModelPatterns } from '../inputs/models.js';
import { checkGateSize } from '../matrix/shard.js';
import { readInputs } from '../inputs/action-inputs.js';
import { buildConfig } from '../inputs/build-config.js';
import type { ActionMode } from '../modes.js';
import { inputSource, parseValue, SETTINGS, type ValueName, type ValueOf, valueOr } from '../inputs/settings.js';

/** How an input is named in errors: `input 'name'`. */
export const source = inputSource;

export interface CommentSettings {
  mode: CommentMode;
  /** Tells sticky comments apart; the hidden marker is derived from it alone (github/comments.ts). */
  key: string;
  /** The login the token comments as, when given; otherwise asked of GET /user. */
  author: string | null;
}

interface Common {
  /** Null when the input is empty and GITHUB_TOKEN is not set either. */
  token: string | null;
  comment: CommentSettings;
}

export interface GateInputs extends Common {
  mode: 'gate';
  /** The `models` patterns as given (a `ref:` baseline packs the same patterns at another commit). */
  patterns: string[];
  /** The patterns expanded to files. */
  models: string[];
  baseline: BaselineSpec;
  /** The input the baseline came from, for its messages. */
  baselineSource: string;
  includePrereleases: boolean;
  evalData: string | null;
  config: Config;
  outDir: string;
  /** Whether this run uploads the pack to the current release on pass (release-upload, resolved against the event). */
  upload: boolean;
  publishRelease: boolean;
  /** This job's part of a matrix (`shard: K/N`), or null: then every model. */
  shard: ShardSpec | null;
}

export interface MergeInputs extends Common {
  mode: 'merge';
  /** This job's own settings: the levels every shard's statuses are checked against. */
  config: Config;
  /** The shards' artifact folders, expanded from the `reports` patterns. */
  reports: string[];
  outDir: string;
  upload: boolean;
  publishRelease: boolean;
}

export interface PublishCommentInputs extends Common {
  mode: 'publish-comment';
  /** This job's own settings: the levels the report's statuses are checked against. */
  config: Config;
  report: string;
}

type ActionInputs = GateInputs | PublishCommentInputs | MergeInputs;

/** A folder the user named must be one; `what` says what it is for. */
async function requireFolder(name: string, path: string, what: string): Promise<void> {
  const info = await lstat(path).catch(() => null);
  if (!info) throw new InputError(`${source(name)}: ${what} ${path} does not exist`);
  if (!info.isDirectory()) throw new InputError(`${source(name)}: ${path} is not a folder`);
}

/**
 * Reads and checks every input the mode uses (settings.ts says which: the mode's inputs, each parsed by its setting).
 * Only reads: the config file, the model files' names, the folders named. publish-comment reads mode, github-token,
 * report and the comment inputs; the measuring inputs belong to gate mode.
 */
export async function readActionInputs(context: RunContext, env: NodeJS.ProcessEnv = process.env, read: (name: string) => string = (name) => core.getInput(name)): Promise<ActionInputs> {
  const modeText = read('mode');
  const mode: ActionMode = valueOr('mode', modeText.trim() === '' ? undefined : [{ value: modeText, source: source('mode') }])!;
  const given: RawSettings = readInputs(mode, read, env);
  // Every input this mode reads is parsed now, whichever path below uses it: a bad one fails before anything happens.
  for (const [name, raws] of Object.entries(given)) if ('parse' in SETTINGS[name as keyof typeof SETTINGS]) parseValue(name as ValueName, raws!.at(-1)!);
  const get = <N extends ValueName>(name: N): ValueOf<N> | null => valueOr(name, given[name]);
  const token = get('github-token') || null;
  const comment: CommentSettings = { mode: get('comment') as CommentMode, key: get('comment-key')!, author: get('comment-author') };
  if (mode === 'publish-comment') {
    if (context.eventName !== 'workflow_run' || !context.workflowRunHeadSha) {
      throw new InputError(`${source('mode')}: publish-comment runs on a workflow_run event (this run is ${context.eventName || 'no event'}, with no workflow_run.head_sha)`);
    }
    if (!token || !context.repo) throw new InputError(`${source('github-token')}: publishing a comment needs a token with pull-requests: write`);
    return { mode, token, comment, report: get('report')!, config: await buildConfig(given) };
  }

  if (mode === 'merge') {
    const patterns = get('reports') ?? [];
    if (patterns.length === 0) throw new InputError(`${source('reports')} is required in merge mode: the shards' artifact folders`);
    const reports = await expandFolders(patterns);
    const outDir = get('out-dir')!;
    await checkOutputs(outDir);
    const { upload, publishRelease } = releaseInputs(get, context, token, false);
    return { mode, token, comment, reports, outDir, upload, publishRelease, config: await buildConfig(given) };
  }

  const config = await buildConfig(given);
  const patterns = get('models') ?? [];
  if (patterns.length === 0) throw new InputError(`${source('models')} is required: a path or glob of .onnx files`);
  const models = await expandModelPatterns(patterns, source('models'));
  // Every model of the gate, before a shard takes its part: the merged report holds them all.
  checkGateSize(models.length, source('models'));

  // On a release or a tag push the release being made is the candidate: compare with the one before it.
  const baselineInput = get('baseline');
  const baselineDir = get('baseline-dir');
  if (baselineInput !== null && baselineDir !== null) throw new InputError(`${source('baseline-dir')} is a shorthand for baseline: path:<dir>; give one of the two`);
  const baselineSource = source(baselineDir !== null ? 'baseline-dir' : 'baseline');
  const baseline: BaselineSpec = baselineDir !== null
    ? { kind: 'path', dir: baselineDir, optional: false }
    : parseBaselineSpec(baselineInput ?? (context.currentTag ? 'previous-release' : 'latest-release'), baselineSource);
  const includePrereleases = get('include-prereleases')!;
  if (baseline.kind === 'previous-release' && !context.currentTag) {
    throw new InputError(`${baselineSource}: previous-release needs a release event or a tag push to know the current release; use latest-release elsewhere`);
  }
  const fromRelease = baseline.kind === 'latest-release' || baseline.kind === 'previous-release' || baseline.kind === 'release';
  if (fromRelease && (!token || !context.repo)) throw new InputError(`${source('github-token')}: a release baseline needs a GitHub token and repository`);

  const evalData = get('eval-data');
  if (evalData !== null) await requireFolder('eval-data', evalData, 'eval data folder');
  const outDir = get('out-dir')!;
  await checkOutputs(outDir);
  const shard = get('shard');
  const { upload, publishRelease } = releaseInputs(get, context, token, shard !== null);
  return { mode, token, comment, patterns, models, baseline, baselineSource, includePrereleases, evalData, config, outDir, upload, publishRelease, shard };
}

/**
 * The output folder, checked before anything runs: a folder (or nothing yet), and no symbolic link a pull request could
 * have committed. So are the two reports the step writes there, which a pull request could have committed as links or
 * folders.
 */
async function checkOutputs(outDir: string): Promise<void> {
  const checked = (check: Promise<void>) =>
    check.catch((error: unknown) => {
      throw error instanceof InputError ? new InputError(`${source('out-dir')}: ${error.message}`) : error;
    });
  await checked(checkOutputDir(outDir, 'output folder'));
  await checked(checkOutputFile(join(outDir, 'report.json'), 'JSON report'));
  await checked(checkOutputFile(join(outDir, 'report.md'), 'Markdown report'));
}

/** Whether the run uploads to the current release on pass. A shard never does: the merge job uploads once for all. */
function releaseInputs(get: <N extends ValueName>(name: N) => ValueOf<N> | null, context: RunContext, token: string | null, shard: boolean): { upload: boolean; publishRelease: boolean } {
  const releaseUpload = get('release-upload')!;
  const publishRelease = get('publish-release')!;
  if (shard && releaseUpload === 'always') throw new InputError(`${source('release-upload')}: a shard uploads nothing (the merge job uploads the merged pack); leave it auto or never`);
  const upload = !shard && (releaseUpload === 'always' || (releaseUpload === 'auto' && context.currentTag !== null));
  if (upload && !context.currentTag) {
    throw new InputError(`${source('release-upload')}: "always" needs a release event or a tag push to know the release`);
  }
  if (upload && (!token || !context.repo)) throw new InputError(`${source('github-token')}: uploading to a release needs a token with contents: write`);
  return { upload, publishRelease };
}

/** The `reports` patterns expanded to folders, in name order; a pattern that matches no folder is an error. */
async function expandFolders(patterns: string[]): Promise<string[]> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      await requireFolder('reports', pattern, 'shard artifact folder');
      out.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { onlyDirectories: true, followSymbolicLinks: false, expandDirectories: false })).map((m) => m.replace(/\/$/, '')).sort();
    if (matches.length === 0) throw new InputError(`${source('reports')}: "${pattern}" matches no folder (download the shards' artifacts first)`);
    out.push(...matches);
  }
  return [...new Set(out)];
}
