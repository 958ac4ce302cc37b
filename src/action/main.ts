// The action front door: INPUT_* → Config → pack → engine → job summary, outputs, and last of all the step's status.
// The one place the action turns errors into setFailed.
import * as core from '@actions/core';
import { join } from 'node:path';
import { runCompare } from '../engine.js';
import { InputError } from '../errors.js';
import { buildConfig, type Raw, type RawSettings } from '../inputs/config.js';
import { expandModelPatterns } from '../inputs/models.js';
import { packModels } from '../pack/pack.js';
import { writeFileAtomic } from '../util/fs.js';

/** Input names, as in action.yml. */
export const INPUTS = {
  models: 'models',
  baselineDir: 'baseline-dir',
  evalData: 'eval-data',
  config: 'config',
  thresholds: 'thresholds',
  level: 'compression-level',
  failOn: 'fail-on',
  outDir: 'out-dir',
  loadSamples: 'load-samples',
  latencyRounds: 'latency-rounds',
  intraOpThreads: 'intra-op-threads',
} as const;

function input(name: string): Raw | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : { value, source: `input '${name}'` };
}

function rawSettings(): RawSettings {
  const thresholds = input(INPUTS.thresholds);
  return {
    config: input(INPUTS.config),
    level: input(INPUTS.level),
    failOn: input(INPUTS.failOn),
    thresholds: thresholds ? [thresholds] : [],
    loadSamples: input(INPUTS.loadSamples),
    latencyRounds: input(INPUTS.latencyRounds),
    intraOpThreads: input(INPUTS.intraOpThreads),
  };
}

export async function runAction(): Promise<void> {
  try {
    const config = await buildConfig(rawSettings());
    const patterns = core.getMultilineInput(INPUTS.models);
    if (patterns.length === 0) throw new InputError(`input '${INPUTS.models}' is required: a path or glob of .onnx files`);
    const models = await expandModelPatterns(patterns, `input '${INPUTS.models}'`);
    const outDir = input(INPUTS.outDir)?.value ?? 'model-gate-out';
    const packDir = join(outDir, 'pack');
    await packModels({ models, outDir: packDir, level: config.level, threads: config.threads });
    const outcome = await runCompare({
      baseline: input(INPUTS.baselineDir)?.value ?? null,
      candidates: [packDir],
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
    core.setOutput('pack-dir', packDir);
    // Report first, fail last: everything above is written before the step's status is decided.
    if (outcome.exitCode !== 0) core.setFailed(`model-gate: ${outcome.report.summary}`);
    else core.info(`model-gate: ${outcome.report.summary}`);
  } catch (error) {
    core.setOutput('verdict', 'error');
    core.setFailed(error instanceof InputError ? error.message : `model-gate internal error: ${(error as Error)?.stack ?? String(error)}`);
  }
}
