// Every action input, read and checked once, before the action does anything a user could see: no file is written,
// nothing downloaded, uploaded or commented while an input may still turn out to be bad. A bad input is an InputError
// whose one line names the input and what is wrong with it.
import * as core from '@actions/core';
import { lstat } from 'node:fs/promises';
import { checkOutputDir } from '../util/fs.js';
import { join } from 'node:path';
import { type BaselineSpec, parseBaselineSpec } from '../baseline/spec.js';
import { InputError } from '../errors.js';
import { COMMENT_KEY, COMMENT_MODES, type CommentMode } from '../github/comments.js';
import type { RunContext } from '../github/context.js';
import { buildConfig, type Config, parseBoolean, type Raw, type RawSettings } from '../inputs/config.js';
import { expandModelPatterns } from '../inputs/models.js';

/** Input names, as in action.yml. */
export const INPUTS = {
  mode: 'mode',
  models: 'models',
  baseline: 'baseline',
  baselineDir: 'baseline-dir',
  includePrereleases: 'include-prereleases',
  evalData: 'eval-data',
  config: 'config',
  thresholds: 'thresholds',
  level: 'compression-level',
  codec: 'codec',
  failOn: 'fail-on',
  outDir: 'out-dir',
  benchBudget: 'bench-budget',
  loadSamples: 'load-samples',
  latencyRounds: 'latency-rounds',
  intraOpThreads: 'intra-op-threads',
  token: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  commentAuthor: 'comment-author',
  releaseUpload: 'release-upload',
  publishRelease: 'publish-release',
  report: 'report',
  variants: 'variants',
  publish: 'publish',
  maxAccuracyDrop: 'max-accuracy-drop',
  maxErrorIncrease: 'max-error-increase',
} as const;

export const source = (name: string) => `input '${name}'`;

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
}

export interface PublishCommentInputs extends Common {
  mode: 'publish-comment';
  report: string;
}

export type ActionInputs = GateInputs | PublishCommentInputs;

function input(name: string): Raw | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : { value, source: source(name) };
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = input(name);
  if (!raw) return fallback;
  const v = raw.value.trim() as T;
  if (!allowed.includes(v)) throw new InputError(`${raw.source}: "${raw.value}" is not one of ${allowed.join(', ')}`);
  return v;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = input(name);
  return raw ? parseBoolean(raw.value, raw.source) : fallback;
}

/** GitHub logins: letters, digits and single hyphens, up to 39 characters; an app's bot account ends in [bot]. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/;

function commentSettings(): CommentSettings {
  const key = input(INPUTS.commentKey)?.value.trim() ?? 'default';
  if (!COMMENT_KEY.test(key)) {
    throw new InputError(`${source(INPUTS.commentKey)}: "${key}" may hold only letters, digits and . _ / - (1 to 100 characters)`);
  }
  const author = input(INPUTS.commentAuthor)?.value.trim() ?? null;
  if (author !== null && !LOGIN.test(author)) throw new InputError(`${source(INPUTS.commentAuthor)}: "${author}" is not a GitHub login`);
  return { mode: choice<CommentMode>(INPUTS.comment, COMMENT_MODES, 'always'), key, author };
}

function rawSettings(): RawSettings {
  const thresholds = input(INPUTS.thresholds);
  return {
    config: input(INPUTS.config),
    level: input(INPUTS.level),
    codec: input(INPUTS.codec),
    failOn: input(INPUTS.failOn),
    thresholds: thresholds ? [thresholds] : [],
    budgetSeconds: input(INPUTS.benchBudget),
    loadSamples: input(INPUTS.loadSamples),
    latencyRounds: input(INPUTS.latencyRounds),
    intraOpThreads: input(INPUTS.intraOpThreads),
    variants: input(INPUTS.variants),
    publish: input(INPUTS.publish),
    maxAccuracyDrop: input(INPUTS.maxAccuracyDrop),
    maxErrorIncrease: input(INPUTS.maxErrorIncrease),
  };
}

/** A folder the user named must be one; `what` says what it is for. */
async function requireFolder(name: string, path: string, what: string): Promise<void> {
  const info = await lstat(path).catch(() => null);
  if (!info) throw new InputError(`${source(name)}: ${what} ${path} does not exist`);
  if (!info.isDirectory()) throw new InputError(`${source(name)}: ${path} is not a folder`);
}

/**
 * Reads and checks every input the mode uses. Only reads: the config file, the model files' names, the folders named.
 * publish-comment reads mode, github-token, report and the comment inputs; the measuring inputs belong to gate mode.
 */
export async function readActionInputs(context: RunContext, env: NodeJS.ProcessEnv = process.env): Promise<ActionInputs> {
  const mode = choice(INPUTS.mode, ['gate', 'publish-comment'] as const, 'gate');
  const token = input(INPUTS.token)?.value.trim() || env.GITHUB_TOKEN || null;
  const comment = commentSettings();
  if (mode === 'publish-comment') {
    if (context.eventName !== 'workflow_run' || !context.workflowRunHeadSha) {
      throw new InputError(`${source(INPUTS.mode)}: publish-comment runs on a workflow_run event (this run is ${context.eventName || 'no event'}, with no workflow_run.head_sha)`);
    }
    if (!token || !context.repo) throw new InputError(`${source(INPUTS.token)}: publishing a comment needs a token with pull-requests: write`);
    return { mode, token, comment, report: input(INPUTS.report)?.value.trim() ?? join('model-gate-out', 'report.json') };
  }

  const config = await buildConfig(rawSettings());
  const patterns = core.getMultilineInput(INPUTS.models);
  if (patterns.length === 0) throw new InputError(`${source(INPUTS.models)} is required: a path or glob of .onnx files`);
  const models = await expandModelPatterns(patterns, source(INPUTS.models));

  // On a release or a tag push the release being made is the candidate: compare with the one before it.
  const baselineInput = input(INPUTS.baseline);
  const baselineDir = input(INPUTS.baselineDir);
  if (baselineInput && baselineDir) throw new InputError(`${source(INPUTS.baselineDir)} is a shorthand for baseline: path:<dir>; give one of the two`);
  const baselineSource = source(baselineDir ? INPUTS.baselineDir : INPUTS.baseline);
  const baseline: BaselineSpec = baselineDir
    ? { kind: 'path', dir: baselineDir.value.trim(), optional: false }
    : parseBaselineSpec(baselineInput?.value ?? (context.currentTag ? 'previous-release' : 'latest-release'), baselineSource);
  const includePrereleases = flag(INPUTS.includePrereleases, false);
  if (baseline.kind === 'previous-release' && !context.currentTag) {
    throw new InputError(`${baselineSource}: previous-release needs a release event or a tag push to know the current release; use latest-release elsewhere`);
  }
  const fromRelease = baseline.kind === 'latest-release' || baseline.kind === 'previous-release' || baseline.kind === 'release';
  if (fromRelease && (!token || !context.repo)) throw new InputError(`${source(INPUTS.token)}: a release baseline needs a GitHub token and repository`);

  const evalData = input(INPUTS.evalData)?.value.trim() ?? null;
  if (evalData !== null) await requireFolder(INPUTS.evalData, evalData, 'eval data folder');
  const outDir = input(INPUTS.outDir)?.value.trim() ?? 'model-gate-out';
  // Checked now, before anything runs: a folder (or nothing yet), and no symbolic link a pull request could have committed.
  await checkOutputDir(outDir, 'output folder').catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(`${source(INPUTS.outDir)}: ${error.message}`) : error;
  });

  const releaseUpload = choice(INPUTS.releaseUpload, ['auto', 'always', 'never'] as const, 'auto');
  const publishRelease = flag(INPUTS.publishRelease, false);
  const upload = releaseUpload === 'always' || (releaseUpload === 'auto' && context.currentTag !== null);
  if (upload && !context.currentTag) {
    throw new InputError(`${source(INPUTS.releaseUpload)}: "always" needs a release event or a tag push to know the release`);
  }
  if (upload && (!token || !context.repo)) throw new InputError(`${source(INPUTS.token)}: uploading to a release needs a token with contents: write`);

  return { mode, token, comment, patterns, models, baseline, baselineSource, includePrereleases, evalData, config, outDir, upload, publishRelease };
}
