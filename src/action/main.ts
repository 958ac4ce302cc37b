// The action front door: INPUT_* → Config → baseline → pack → engine → job summary, outputs, the PR comment and release
// assets, and last of all the step's status. The one place the action turns errors into setFailed.
import * as core from '@actions/core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBaselineSpec, resolveBaseline } from '../baseline/spec.js';
import { runCompare } from '../engine.js';
import { InputError } from '../errors.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { COMMENT_MODES, type CommentMode, tokenLogin, upsertStickyComment } from '../github/comments.js';
import { readRunContext, type RunContext } from '../github/context.js';
import { createDraftRelease, publishRelease, releaseForTag, uploadAssets } from '../github/releases.js';
import { buildConfig, parseBoolean, type Raw, type RawSettings } from '../inputs/config.js';
import { expandModelPatterns } from '../inputs/models.js';
import { MANIFEST_FILE, type Manifest, packedBlobs } from '../pack/manifest.js';
import type { Report } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { validateReport } from '../report/validate.js';
import { writeFileAtomic } from '../util/fs.js';

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

function input(name: string): Raw | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : { value, source: `input '${name}'` };
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

function githubClient(context: RunContext): GitHubClient | null {
  const token = input(INPUTS.token)?.value ?? process.env.GITHUB_TOKEN;
  // No setSecret: the runner already masks secrets and github.token, and ::add-mask:: would print the token itself.
  if (!token || !context.repo) return null;
  return createClient({ token, apiUrl: context.apiUrl, repo: context.repo, log: (line) => core.info(line) });
}

export async function runAction(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'model-gate-action-'));
  try {
    const mode = choice(INPUTS.mode, ['gate', 'publish-comment'] as const, 'gate');
    const context = readRunContext();
    const github = githubClient(context);
    if (mode === 'publish-comment') await publishComment(context, github);
    else await gate(context, github, scratch);
  } catch (error) {
    core.setOutput('verdict', 'error');
    core.setFailed(error instanceof InputError ? error.message : `model-gate internal error: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function gate(context: RunContext, github: GitHubClient | null, scratch: string): Promise<void> {
  const config = await buildConfig(rawSettings());
  const patterns = core.getMultilineInput(INPUTS.models);
  if (patterns.length === 0) throw new InputError(`input '${INPUTS.models}' is required: a path or glob of .onnx files`);
  const models = await expandModelPatterns(patterns, `input '${INPUTS.models}'`);
  const outDir = input(INPUTS.outDir)?.value ?? 'model-gate-out';
  const packDir = join(outDir, 'pack');
  const commentMode = choice<CommentMode>(INPUTS.comment, COMMENT_MODES, 'always');
  const releaseUpload = choice(INPUTS.releaseUpload, ['auto', 'always', 'never'] as const, 'auto');

  // On a release or a tag push the release being made is the candidate: compare with the one before it.
  const baselineInput = input(INPUTS.baseline);
  const baselineDir = input(INPUTS.baselineDir);
  if (baselineInput && baselineDir) throw new InputError(`input '${INPUTS.baselineDir}' is a shorthand for baseline: path:<dir>; give one of the two`);
  const spec = baselineDir
    ? { kind: 'path' as const, dir: baselineDir.value }
    : parseBaselineSpec(baselineInput?.value ?? (context.currentTag ? 'previous-release' : 'latest-release'), `input '${INPUTS.baseline}'`);
  const baseline = await resolveBaseline(spec, {
    github,
    currentTag: context.currentTag,
    includePrereleases: flag(INPUTS.includePrereleases, false),
    modelPatterns: patterns,
    scratch,
    pack: { level: config.level, threads: config.threads },
    source: `input '${INPUTS.baseline}'`,
  });

  const outcome = await runCompare({
    baseline: baseline.dir,
    baselineLabel: baseline.label,
    baselineNote: baseline.note ?? undefined,
    candidates: models,
    packDir,
    evalData: input(INPUTS.evalData)?.value ?? null,
    config,
    log: (line) => core.info(line),
  });
  const jsonPath = join(outDir, 'report.json');
  const markdownPath = join(outDir, 'report.md');
  await writeFileAtomic(jsonPath, `${JSON.stringify(outcome.report, null, 2)}\n`);
  await writeFileAtomic(markdownPath, outcome.markdown);
  await core.summary.addRaw(outcome.markdown).write();
  core.setOutput('verdict', outcome.report.verdict);
  core.setOutput('summary', outcome.report.summary);
  core.setOutput('report-json', jsonPath);
  core.setOutput('report-markdown', markdownPath);
  core.setOutput('comment-body', outcome.markdown);
  core.setOutput('baseline-tag', baseline.tag ?? '');
  core.setOutput('pack-dir', packDir);

  if (context.pullRequest !== null && github) await comment(github, context, context.pullRequest, outcome.report, outcome.markdown, commentMode);

  const passed = outcome.exitCode === 0;
  const onRelease = context.currentTag !== null;
  if (releaseUpload === 'always' || (releaseUpload === 'auto' && onRelease)) {
    if (!passed) core.info('model-gate: the gate failed, so nothing is uploaded to the release');
    else await publishPack(github, context, [...packFiles(packDir, outcome.pack!), jsonPath]);
  }
  // Report first, fail last: everything above is written before the step's status is decided.
  if (!passed) core.setFailed(`model-gate: ${outcome.report.summary}`);
  else core.info(`model-gate: ${outcome.report.summary}`);
}

async function comment(github: GitHubClient, context: RunContext, issue: number, report: Report, markdown: string, mode: CommentMode): Promise<void> {
  const outcome = await upsertStickyComment(
    github,
    {
      issue,
      body: markdown,
      key: `${context.workflow}/${input(INPUTS.commentKey)?.value ?? 'default'}`,
      mode,
      regression: report.verdict === 'fail' || report.verdict === 'warn',
      fullReportUrl: context.runUrl,
    },
    await tokenLogin(github, input(INPUTS.commentAuthor)?.value ?? null),
  );
  if (outcome.action === 'refused') core.warning(`model-gate: no pull-request comment: ${outcome.reason}`);
  else if (outcome.action === 'skipped') core.info(`model-gate: no pull-request comment: ${outcome.reason}`);
  else core.info(`model-gate: pull-request comment ${outcome.action} (#${issue})`);
}

/** Every file of the pack — models, their external data, the manifest — from the manifest pack() returned. */
function packFiles(packDir: string, manifest: Manifest): string[] {
  const files = manifest.models.flatMap(packedBlobs).map((b) => b.file);
  return [...files.map((f) => join(packDir, f)), join(packDir, MANIFEST_FILE)];
}

/** Uploads the pack and report to the release of the current tag: a missing release is created as a draft first. */
async function publishPack(github: GitHubClient | null, context: RunContext, files: string[]): Promise<void> {
  if (!github) throw new InputError(`input '${INPUTS.token}': uploading to a release needs a token with contents: write`);
  const tag = context.currentTag;
  if (!tag) throw new InputError(`input '${INPUTS.releaseUpload}': "always" needs a release event or a tag push to know the release`);
  const release = (await releaseForTag(github, tag)) ?? (await createDraftRelease(github, tag));
  await uploadAssets(github, release, files);
  core.info(`model-gate: uploaded ${files.length} assets to release ${tag}`);
  if (release.draft && flag(INPUTS.publishRelease, false)) {
    await publishRelease(github, release);
    core.info(`model-gate: published release ${tag}`);
  }
}

/**
 * The publishing half of the fork-safe recipe (a workflow_run workflow): the report artifact of the pull request's run
 * is validated and re-rendered here — never posted as given — and the pull request is found through the API by the
 * run's head commit, never taken from the artifact.
 */
async function publishComment(context: RunContext, github: GitHubClient | null): Promise<void> {
  if (!github) throw new InputError(`input '${INPUTS.token}': publishing a comment needs a token with pull-requests: write`);
  const reportPath = input(INPUTS.report)?.value ?? join('model-gate-out', 'report.json');
  let text: string;
  try {
    text = await readFile(reportPath, 'utf8');
  } catch {
    throw new InputError(`input '${INPUTS.report}': ${reportPath} cannot be read (download the report artifact first)`);
  }
  const report = validateReport(text, reportPath);
  const sha = context.workflowRunHeadSha;
  if (!sha) throw new InputError(`input '${INPUTS.mode}': publish-comment runs on a workflow_run event (no workflow_run.head_sha in the event)`);
  const pulls = (await github.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...github.repo, commit_sha: sha })).data;
  const pull = pulls.find((p) => p.state === 'open' && p.head.sha === sha) ?? pulls.find((p) => p.head.sha === sha);
  const markdown = renderMarkdown(report);
  core.setOutput('verdict', report.verdict);
  core.setOutput('comment-body', markdown);
  if (!pull) {
    core.info(`model-gate: no pull request has head ${sha}; nothing to comment on`);
    return;
  }
  const mode = choice<CommentMode>(INPUTS.comment, COMMENT_MODES, 'always');
  await comment(github, context, pull.number, report, markdown, mode);
}

/** @github/local-action imports an entrypoint and calls its run(). */
export { runAction as run };
