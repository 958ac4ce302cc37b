import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { METRICS } from '../src/checks.js';
import { InputError } from '../src/errors.js';
import { thresholdsFor } from '../src/inputs/config.js';
import { buildConfig } from '../src/inputs/build-config.js';
import { parseThreshold, parseThresholdLines, parseThresholdPair, defaultThresholds } from '../src/inputs/thresholds.js';
import { scratch } from './helpers.js';

describe('threshold syntax', () => {
  test('relative, absolute, percentage points, ms and none', () => {
    assert.deepEqual(parseThreshold('+10%', METRICS['latency-p50'], 'x'), { kind: 'relative', amount: 0.1, text: '+10%' });
    assert.deepEqual(parseThreshold('10%', METRICS['latency-p50'], 'x'), { kind: 'relative', amount: 0.1, text: '+10%' });
    assert.deepEqual(parseThreshold('-0.01', METRICS.accuracy, 'x'), { kind: 'absolute', amount: 0.01, text: '-0.01' });
    assert.deepEqual(parseThreshold(-0.01, METRICS.accuracy, 'x'), { kind: 'absolute', amount: 0.01, text: '-0.01' });
    assert.deepEqual(parseThreshold('-0.5pp', METRICS.accuracy, 'x'), { kind: 'absolute', amount: 0.005, text: '-0.5pp' });
    assert.deepEqual(parseThreshold('+5ms', METRICS['load-time'], 'x'), { kind: 'absolute', amount: 5, text: '+5ms' });
    assert.equal(parseThreshold('none', METRICS.accuracy, 'x'), null);
  });

  test('a sign against the worse direction is refused, naming the input and the accepted forms', () => {
    assert.throws(
      () => parseThreshold('+0.01', METRICS.accuracy, "input 'thresholds'"),
      (e: Error) => e instanceof InputError && /input 'thresholds'/.test(e.message) && /write "-0.01"/.test(e.message) && /accepted forms/.test(e.message),
    );
  });

  test('syntax errors name the input and list the accepted forms', () => {
    for (const bad of ['ten percent', '+10%%', '10 %x', '', '+-1']) {
      assert.throws(() => parseThreshold(bad, METRICS['latency-p50'], '--threshold'), (e: Error) => e instanceof InputError && /^--threshold: /.test(e.message) && /accepted forms/.test(e.message));
    }
    assert.throws(() => parseThreshold('+1pp', METRICS['latency-p50'], 'x'), /only applies to shares/);
    assert.throws(() => parseThreshold('+1ms', METRICS.accuracy, 'x'), /only applies to timings/);
  });

  test('pairs: WARN/FAIL, a single value sets fail only, warn beyond fail is refused', () => {
    const base = defaultThresholds()['latency-p50'];
    const pair = parseThresholdPair('+5%/+20%', METRICS['latency-p50'], 'x', base);
    assert.equal(pair.warn?.amount, 0.05);
    assert.equal(pair.fail?.amount, 0.2);
    const single = parseThresholdPair('+40%', METRICS['latency-p50'], 'x', base);
    assert.deepEqual(single.warn, base.warn);
    assert.equal(single.fail?.amount, 0.4);
    assert.throws(() => parseThresholdPair('+30%/+20%', METRICS['latency-p50'], 'x', base), /warn level \+30% is beyond the fail level \+20%/);
  });

  test('the line form of the action input and --threshold', () => {
    const parsed = parseThresholdLines('latency-p50: +10%/+25%\n# a comment\naccuracy=-0.5pp/-1pp', "input 'thresholds'", defaultThresholds());
    assert.equal(parsed['latency-p50']?.fail?.amount, 0.25);
    assert.equal(parsed.accuracy?.warn?.amount, 0.005);
    assert.throws(() => parseThresholdLines('latency: +10%', "input 'thresholds'", defaultThresholds()), /input 'thresholds': unknown metric "latency"; metrics are packed-size/);
    assert.throws(() => parseThresholdLines('just words', "input 'thresholds'", defaultThresholds()), /is not "metric: WARN\/FAIL"/);
  });
});

describe('config', () => {
  test('defaults ← config file ← flags, with per-model overrides', async () => {
    const dir = await scratch();
    const file = join(dir, 'model-gate.yml');
    await writeFile(
      file,
      ['compression-level: 9', 'thresholds:', '  latency-p50: +20%/+40%', '  accuracy: { warn: -0.01, fail: none }', 'models:', '  iris:', '    thresholds:', '      packed-size: +1%/+2%', 'eval: { atol: 0.001 }', 'bench: { load-samples: 9 }'].join('\n'),
    );
    const config = await buildConfig({ thresholds: [{ value: 'latency-p50: +15%/+30%', source: '--threshold' }], 'compression-level': [{ value: '11', source: '--level' }] }, dir);
    assert.equal(config.configFile, file);
    assert.equal(config.level, 11, 'a flag beats the config file');
    assert.equal(config.thresholds['latency-p50'].fail?.amount, 0.3);
    assert.equal(config.thresholds.accuracy.fail, null);
    assert.equal(config.thresholds.accuracy.warn?.amount, 0.01);
    assert.equal(config.eval.atol, 0.001);
    assert.equal(config.bench.loadSamples, 9);
    assert.equal(thresholdsFor(config, 'iris')['packed-size'].fail?.amount, 0.02);
    assert.equal(thresholdsFor(config, 'other')['packed-size'].fail?.amount, 0.25);
  });

  test('unknown keys and bad values name the file and the key', async () => {
    const dir = await scratch();
    const file = join(dir, 'gate.json');
    await writeFile(file, JSON.stringify({ thresholds: { 'latency-p50': '+10%' }, bench: { 'load-sample': 3 } }));
    await assert.rejects(buildConfig({ config: [{ value: file, source: '--config' }] }, dir), new RegExp(`${file}: bench: unknown key "load-sample"`));
    await writeFile(file, JSON.stringify({ 'compression-level': 40 }));
    await assert.rejects(buildConfig({ config: [{ value: file, source: '--config' }] }, dir), /compression-level: "40" must be a whole number from 1 to 22/);
    await writeFile(file, '{ not json');
    await assert.rejects(buildConfig({ config: [{ value: file, source: '--config' }] }, dir), /gate\.json: not valid JSON/);
    await assert.rejects(buildConfig({ 'fail-on': [{ value: 'always', source: "input 'fail-on'" }] }, dir), /input 'fail-on': "always" is not one of fail, warn, never/);
  });

  test('the bench time budget: config key bench.budget, flag or input over it, each range-checked by name', async () => {
    const dir = await scratch();
    const file = join(dir, 'model-gate.yml');
    await writeFile(file, 'bench: { budget: 40, warmup-ms: 10 }');
    assert.deepEqual([(await buildConfig({}, dir)).bench.budgetSeconds, (await buildConfig({}, dir)).bench.warmupMs], [40, 10]);
    assert.equal((await buildConfig({ 'bench-budget': [{ value: '12', source: '--bench-budget' }] }, dir)).bench.budgetSeconds, 12);
    await assert.rejects(buildConfig({ 'bench-budget': [{ value: '0', source: "input 'bench-budget'" }] }, dir), /input 'bench-budget': "0" must be a whole number from 1 to 3600/);
    await writeFile(file, 'bench: { budget: 5000 }');
    await assert.rejects(buildConfig({}, dir), /model-gate\.yml: bench\.budget: "5000" must be a whole number from 1 to 3600/);
  });

  test('variant settings: config-file keys (lists or strings), flags over them, each checked by name', async () => {
    const dir = await scratch();
    const file = join(dir, 'model-gate.yml');
    await writeFile(file, ['variants: [fp32, fp16, int8]', 'publish: original', 'max-accuracy-drop: -1pp', 'max-error-increase: +5%', 'int8-min-elements: 64', 'fp16-keep-ops: [Resize, Clip]'].join('\n'));
    const v = (await buildConfig({}, dir)).variants;
    assert.deepEqual(v.build, ['fp16', 'int8'], 'fp32 names the original, which is always measured');
    assert.equal(v.publish, 'original');
    assert.deepEqual([v.maxAccuracyDrop.kind, v.maxAccuracyDrop.amount], ['absolute', 0.01]);
    assert.deepEqual([v.maxErrorIncrease.kind, v.maxErrorIncrease.amount], ['relative', 0.05]);
    assert.equal(v.int8MinElements, 64);
    assert.deepEqual(v.fp16KeepOps, ['Resize', 'Clip']);
    const flags = (await buildConfig({ variants: [{ value: 'int8', source: '--variants' }], publish: [{ value: 'best', source: '--publish' }], 'max-accuracy-drop': [{ value: '0.2pp', source: '--max-accuracy-drop' }] }, dir)).variants;
    assert.deepEqual([flags.build, flags.publish, flags.maxAccuracyDrop.amount], [['int8'], 'best', 0.002]);
    const defaults = (await buildConfig({}, await scratch())).variants;
    assert.deepEqual([defaults.build, defaults.publish, defaults.maxAccuracyDrop.text, defaults.maxErrorIncrease.text, defaults.int8MinElements], [[], 'best', '-0.5pp', '+2%', 1024]);
    await assert.rejects(buildConfig({ publish: [{ value: 'smallest', source: "input 'publish'" }] }, dir), /input 'publish': "smallest" is not one of original, best/);
    await assert.rejects(buildConfig({ 'max-accuracy-drop': [{ value: '+1pp', source: "input 'max-accuracy-drop'" }] }, dir), /input 'max-accuracy-drop': threshold "\+1pp" for accuracy points the wrong way/);
    await writeFile(file, 'variants: [bf16]');
    await assert.rejects(buildConfig({}, dir), /model-gate\.yml: variants: unknown variant "bf16"/);
  });
});
