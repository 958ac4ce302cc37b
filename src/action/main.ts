// The action front door: inputs (all read and checked first, action/inputs.ts) → baseline → engine → job summary,
// outputs, the PR comment and release assets, and last of all the step's status. The one place the action turns errors
// into setFailed: bad input fails the step with one line naming the input; anything else is an internal error, its stack
// trace in the log and one line in the annotation (the exit codes: gate/gate.ts).
import * as core from '@actions/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { baselineTag } from '../baseline/resolved.js';
import { resolveBaseline } from '../baseline/spec.js';
import { assembleMergedPack, runCompare, runMerge } from '../engine.js';
import { ACTION_BAD_INPUT, EXIT, exitCodeFor } from '../gate/gate.js';
import { InputError } from '../errors.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { tokenLogin, upsertStickyComment } from '../github/comments.js';
import { readRunContext, type RunContext } from '../github/context.js';
import { pullsForWorkflowRun } from '../github/pulls.js';
import { createDraftRelease, publishRelease, releaseForTag, uploadAssets } from '../github/releases.js';
import { provisionOnnxRuntime } from '../onnx/provision.js';
import { shardName } from '../matrix/merge.js';
import { packOptions } from '../inputs/config.js';
import { MANIFEST_FILE, type Manifest, modelNameOf, packedBlobs } from '../pack/format/manifest.js';
import type { Report } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { MAX_REPORT_BYTES, validateReport } from '../report/validate.js';
import { levelsOf, recheck } from '../report/recheck.js';
import { readUntrustedText, writeFileAtomic } from '../util/fs.js';
import { logLine } from '../util/log.js';
import { annotations } from './annotations.js';
import { type CommentSettings, type GateInputs, type MergeInputs, type PublishCommentInputs, readActionInputs, source } from './inputs.js';

/** GitHub's limit on a step's job summary, 1 MiB, less a margin for what other steps add. */
const SUMMARY_LIMIT = 1_000_000;

const info = (text: string) => core.info(logLine(text));
/** Progress lines of the engine and the GitHub client, which start with whatever they name: prefixed, as the CLI's are. */
const progress = (text: string) => info(`model-gate: ${text}`);

/** setFailed escapes line breaks itself; the message is kept to its first line (one line naming what went wrong). */
function fail(message: string): void {
  core.setFailed(logLine(message.split('\n')[0] ?? message));
}

function githubClient(context: RunContext, token: string | null): GitHubClient | null {
  // No setSecret: the runner already masks secrets and github.token, and ::add-mask:: would print the token itself.
  if (!token || !context.repo) return null;
  return createClient({ token, apiUrl: context.apiUrl, repo: context.repo, log: progress });
}

export async function runAction(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'model-gate-action-'));
  try {
    const context = readRunContext();
    // Nothing before this line has an effect anyone could see; nothing after it runs with a bad input.
    const inputs = await readActionInputs(context);
    const github = githubClient(context, inputs.token);
    if (inputs.mode === 'publish-comment') await publishComment(inputs, context, github!);
    else if (inputs.mode === 'merge') await merge(inputs, context, github);
    else await gate(inputs, context, github, scratch);
  } catch (error) {
    core.setOutput('verdict', 'error');
    if (error instanceof InputError) {
      fail(error.message);
      process.exitCode = ACTION_BAD_INPUT;
    } else {
      // The stack goes to the log for a bug report; the annotation keeps to one line.
      core.info('model-gate internal error, stack trace:');
      for (const line of String((error as Error)?.stack ?? error).split('\n')) info(line);
      fail(`model-gate internal error: ${(error as Error)?.message ?? String(error)}`);
      // Like the CLI's: a bug is told apart from a failed gate.
      process.exitCode = EXIT.internal;
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function gate(inputs: GateInputs, context: RunContext, github: GitHubClient | null, scratch: string): Promise<void> {
  const { config, shard } = inputs;
  let grouped = false;
  const packDir = join(inputs.outDir, 'pack');
  // Before onnxruntime first loads: where no copy for this platform resolves, it is fetched (src/onnx/provision.ts).
  await provisionOnnxRuntime(progress);
  const baseline = await resolveBaseline(inputs.baseline, {
    github,
    currentTag: context.currentTag,
    includePrereleases: inputs.includePrereleases,
    modelPatterns: inputs.patterns,
    scratch,
    pack: packOptions(config),
    source: inputs.baselineSource,
  });
  let outcome: Awaited<ReturnType<typeof runCompare>>;
  try {
    outcome = await runCompare({
      baseline,
      candidates: inputs.models,
      shard: shard ? { spec: shard, commit: context.sha } : null,
      releases: github ? { github, currentTag: context.currentTag, includePrereleases: inputs.includePrereleases } : null,
      packDir,
      evalData: inputs.evalData,
      config,
      log: progress,
      section: (title) => {
        // One log group per model: its lines fold under "[2/5] resnet" on the run's page.
        if (grouped) core.endGroup();
        grouped = title !== null;
        if (title !== null) core.startGroup(logLine(`model-gate ${title}`));
      },
    });
  } finally {
    // A run that throws mid-model must not leave its error folded inside that model's group.
    if (grouped) core.endGroup();
    grouped = false;
  }
  const { report } = outcome;
  const { jsonPath, short } = await writeReports(report, inputs.outDir);
  core.setOutput('baseline-tag', baselineTag(baseline) ?? '');
  core.setOutput('pack-dir', packDir);
  const passed = exitCodeFor(report.verdict, config.failOn) === EXIT.pass;
  annotate(report, inputs.models, !passed);

  // A shard's report is part of a verdict: the merge job comments once for all shards, under the same key.
  if (shard) info(`model-gate: no pull-request comment: ${source('shard')} is ${shardName(shard.index, shard.count).slice('shard '.length)}; the merge job comments`);
  else if (context.pullRequest !== null && github) await comment(github, context, context.pullRequest, report, short, inputs.comment);

  if (inputs.upload) {
    if (!passed) info('model-gate: the gate failed, so nothing is uploaded to the release');
    else await publishPack(github!, context.currentTag!, [...packFiles(packDir, outcome.pack!), jsonPath], inputs.publishRelease);
  }
  // Report first, fail last: everything above is written before the step's status is decided.
  if (!passed) fail(`model-gate: ${report.summary}`);
  else info(`model-gate: ${report.summary}`);
}

/** report.json, report.md, the job summary and the report outputs; returns the JSON's path and the comment's short form. */
async function writeReports(report: Report, outDir: string): Promise<{ jsonPath: string; short: string }> {
  const jsonPath = join(outDir, 'report.json');
  const markdownPath = join(outDir, 'report.md');
  // The job summary and report.md hold every detail; the comment is the short form (report/markdown.ts).
  const full = renderMarkdown(report, 'full');
  const short = renderMarkdown(report, 'comment');
  await writeFileAtomic(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeFileAtomic(markdownPath, full);
  // GitHub drops a job summary over 1 MiB: past that, the short form, and report.md keeps the rest.
  await core.summary.addRaw(full.length <= SUMMARY_LIMIT ? full : `${short}\nThe full report is larger than a job summary can hold: see report.md and report.json (output \`report-markdown\`).\n`).write();
  core.setOutput('verdict', report.verdict);
  core.setOutput('summary', report.summary);
  core.setOutput('report-json', jsonPath);
  core.setOutput('report-markdown', markdownPath);
  core.setOutput('comment-body', short);
  return { jsonPath, short };
}

/**
 * The job after a matrix of shards: the engine reads and merges the shards' artifact folders (runMerge); the one report,
 * comment and — on a release, when the merged verdict passes — the one upload of the pack assembled from the shards'
 * packs follow.
 */
async function merge(inputs: MergeInputs, context: RunContext, github: GitHubClient | null): Promise<void> {
  const merged = await runMerge({ folders: inputs.reports, source: source('reports'), levels: levelsOf(inputs.config) });
  const { report, failed } = merged;
  info(`model-gate: merged ${inputs.reports.length} shards: ${report.models.length} models`);
  const packDir = join(inputs.outDir, 'pack');
  const { jsonPath, short } = await writeReports(report, inputs.outDir);
  core.setOutput('baseline-tag', '');
  core.setOutput('pack-dir', inputs.upload ? packDir : '');
  // No annotations here: each shard annotated its failing models on their files, which only its checkout has.
  if (context.pullRequest !== null && github) await comment(github, context, context.pullRequest, report, short, inputs.comment);

  const passed = exitCodeFor(report.verdict, report.settings.failOn) === EXIT.pass && failed.length === 0;
  if (inputs.upload) {
    if (!passed) info('model-gate: the gate failed, so nothing is uploaded to the release');
    else {
      const manifest = await assembleMergedPack(merged, packDir);
      await publishPack(github!, context.currentTag!, [...packFiles(packDir, manifest), jsonPath], inputs.publishRelease);
    }
  }
  const failedNote = failed.length > 0 ? ` (failed: ${failed.join(', ')})` : '';
  if (!passed) fail(`model-gate: ${report.summary}${failedNote}`);
  else info(`model-gate: ${report.summary}`);
}

async function comment(github: GitHubClient, context: RunContext, issue: number, report: Report, markdown: string, settings: CommentSettings): Promise<void> {
  if (settings.mode === 'never') {
    info(`model-gate: no pull-request comment: ${source('comment')} is never`);
    return;
  }
  const outcome = await upsertStickyComment(
    github,
    {
      issue,
      body: markdown,
      key: settings.key,
      mode: settings.mode,
      regression: report.verdict === 'fail' || report.verdict === 'warn',
      fullReportUrl: context.runUrl,
    },
    await tokenLogin(github, settings.author),
  );
  if (outcome.action === 'refused') core.warning(logLine(`model-gate: no pull-request comment: ${outcome.reason}`));
  else if (outcome.action === 'skipped') info(`model-gate: no pull-request comment: ${outcome.reason}`);
  else info(`model-gate: pull-request comment ${outcome.action} (#${issue})`);
}

/**
 * One annotation per failing or warning model, on its .onnx file, so the cause shows on the pull request's checks page
 * (and in the diff when the file changed), within GitHub's limit per step (action/annotations.ts).
 */
function annotate(report: Report, models: string[], stepFails: boolean): void {
  // Annotations attach to paths relative to the repository's root, which is GITHUB_WORKSPACE on a runner.
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const files = new Map(models.map((file) => [modelNameOf(file), relative(root, resolve(file))]));
  for (const a of annotations(report, files, stepFails)) {
    if (a.type === 'error') core.error(a.message, { title: a.title, file: a.file });
    else core.warning(a.message, { title: a.title, file: a.file });
  }
}

/** Every file of the pack — models, their external data, the manifest — from the manifest pack() returned. */
function packFiles(packDir: string, manifest: Manifest): string[] {
  const files = manifest.models.flatMap(packedBlobs).map((b) => b.file);
  return [...files.map((f) => join(packDir, f)), join(packDir, MANIFEST_FILE)];
}

/**
 * Uploads the pack and report to the release of the current tag: a missing release is created as a draft first, and
 * published last when asked (draft → upload → publish, the order immutable releases need).
 */
async function publishPack(github: GitHubClient, tag: string, files: string[], publish: boolean): Promise<void> {
  const release = (await releaseForTag(github, tag)) ?? (await createDraftRelease(github, tag));
  await uploadAssets(github, release, files);
  info(`model-gate: uploaded ${files.length} assets to release ${tag}`);
  if (release.draft && publish) {
    await publishRelease(github, release);
    info(`model-gate: published release ${tag}`);
  }
}

/**
 * The publishing half of the fork-safe recipe (a workflow_run workflow): the report artifact of the pull request's run
 * is validated and re-rendered here — never posted as given — and the pull request is found through the event and the
 * API by the run's head commit (github/pulls.ts), never taken from the artifact.
 */
async function publishComment(inputs: PublishCommentInputs, context: RunContext, github: GitHubClient): Promise<void> {
  // The artifact is the pull request's: read like any untrusted file (no link, no FIFO, at most the report's size cap).
  const text = await readUntrustedText(inputs.report, 'report', MAX_REPORT_BYTES).catch((error: unknown) => {
    if (error instanceof InputError && /does not exist$/.test(error.message)) {
      throw new InputError(`${source('report')}: ${inputs.report} does not exist (download the report artifact first)`);
    }
    throw error instanceof InputError ? new InputError(`${source('report')}: ${error.message}`) : error;
  });
  const report = validateReport(text, inputs.report);
  recheck(report, levelsOf(inputs.config), inputs.report);
  const markdown = renderMarkdown(report, 'comment');
  core.setOutput('verdict', report.verdict);
  core.setOutput('summary', report.summary);
  core.setOutput('comment-body', markdown);
  const found = await pullsForWorkflowRun(github, context.payload);
  if ('reason' in found) {
    info(`model-gate: nothing to comment on: ${found.reason}`);
    return;
  }
  for (const pull of found.pulls) {
    info(`model-gate: the run's pull request is #${pull.number} (found by ${pull.via})`);
    await comment(github, context, pull.number, report, markdown, inputs.comment);
  }
}
