// Variants end to end through the built CLI, and the produced models checked by an independent implementation:
// the onnx Python package (Debian's python3-onnx) runs its checker and recomputes fp16 and int8 with numpy.
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { defaultConfig } from '../src/inputs/build-config.js';
import { buildVariant } from '../src/variants/build.js';
import { BASELINE_MODEL, candidate, cli, FAST_BENCH, FIXTURES, run, scratch } from './helpers.js';

const VARIANTS = ['--variants', 'fp16,int8', '--int8-min-elements', '16'];

describe('variants through the CLI', () => {
  test('run packs the smallest variant inside the budget, records it in the manifest, and reports the trade-off', async () => {
    const dir = await scratch();
    const out = join(dir, 'pack');
    const json = join(dir, 'report.json');
    const r = await cli(['run', candidate('unchanged'), '--out', out, '--baseline', join(FIXTURES, 'baseline'), '--eval-data', join(FIXTURES, 'eval'), '--json', json, ...VARIANTS, ...FAST_BENCH]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(await readFile(json, 'utf8'));
    const table = report.models[0].variants;
    assert.deepEqual(table.rows.map((row: { variant: string }) => row.variant), ['original', 'fp16', 'int8']);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const published = table.rows.find((row: { status: string }) => row.status === 'published');
    assert.equal(manifest.models[0].variant.name, table.published);
    assert.equal(published.variant, table.published);
    // iris's weights are tiny: int8's per-channel scales outweigh what it saves, so fp16 packs smallest.
    assert.equal(table.published, 'fp16');
    const original = await readFile(candidate('unchanged'));
    assert.equal(manifest.models[0].variant.original.bytes, original.length);
    assert.equal(manifest.models[0].variant.score.metric, 'accuracy');
    assert.ok(published.packedBytes < table.rows[0].packedBytes);
    assert.match(r.stdout, /\| iris \(fp16\) \|/, 'the summary row names the published variant');
    assert.match(r.stdout, /\| fp16 \| .* \| ✅ \*\*published\*\* \|/);
    assert.match(r.stdout, /\| Tensor \| Elements \| SQNR \|/);
    // The pack restores to the fp16 model: the variant is what ships, marked in its metadata.
    const restored = join(dir, 'restored');
    assert.equal((await cli(['unpack', out, '--out', restored])).code, 0);
    assert.ok((await readFile(join(restored, 'iris.onnx'))).includes(Buffer.from('model_gate.variant')));

    // The next run of the same float model against that pack keeps the published fp16 unmeasured: no variant rebuilt,
    // the same packed bytes published again, and the row says unchanged.
    const next = join(dir, 'next');
    const json2 = join(dir, 'report2.json');
    const again = await cli(['run', candidate('unchanged'), '--out', next, '--baseline', out, '--eval-data', join(FIXTURES, 'eval'), '--json', json2, ...VARIANTS, ...FAST_BENCH]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /\[1\/1\] iris — unchanged since .*: its published fp16 is kept, no variant rebuilt/);
    assert.doesNotMatch(again.stderr, /measuring the (fp16|int8) variant/);
    const report2 = JSON.parse(await readFile(json2, 'utf8'));
    assert.equal(report2.models[0].unchanged, true);
    assert.deepEqual(await readFile(join(next, manifest.models[0].file)), await readFile(join(out, manifest.models[0].file)));
    assert.equal(JSON.parse(await readFile(join(next, 'manifest.json'), 'utf8')).models[0].variant.name, 'fp16');
  });

  test('a variant outside the budget is rejected and says why; the original is then compared', async () => {
    const dir = await scratch();
    // Without labels the budget is judged on top-1 agreement with the original: int8 changes 1 of 50 predictions.
    const evalDir = join(dir, 'eval');
    await cp(join(FIXTURES, 'eval'), evalDir, { recursive: true });
    await rm(join(evalDir, 'test_data_set_0', 'labels.json'));
    const json = join(dir, 'report.json');
    const r = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--eval-data', evalDir, '--json', json, '--variants', 'int8', '--int8-min-elements', '16', ...FAST_BENCH]);
    assert.equal(r.code, 0, r.stderr);
    const table = JSON.parse(await readFile(json, 'utf8')).models[0].variants;
    assert.equal(table.published, 'original');
    assert.equal(table.rows[1].status, 'rejected');
    // Measured under load the variant may also be slower than the original: that is a second reason, not another.
    assert.match(table.rows[1].reason, /^top-1 agreement −2\.00 pp, beyond the budget(; slower than the original: .*)?$/);
    assert.match(r.stdout, /❌ rejected — top-1 agreement −2\.00 pp, beyond the budget/);
    // A budget wide enough lets it in, but on iris's tiny weights int8 packs no smaller than the original, which keeps it.
    const wide = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--eval-data', evalDir, '--json', json, '--variants', 'int8', '--int8-min-elements', '16', '--max-accuracy-drop=-3pp', ...FAST_BENCH]);
    assert.equal(wide.code, 0, wide.stderr);
    const widened = JSON.parse(await readFile(json, 'utf8')).models[0].variants;
    // Inside the accuracy budget now; int8's on-the-fly activation quantization can also make iris's tiny MatMuls
    // measurably slower than float, and then speed is the reason it is rejected. Either way the original is published.
    assert.equal(widened.published, 'original');
    if (widened.rows[1].status === 'rejected') assert.match(widened.rows[1].reason, /^slower than the original: /);
    else assert.deepEqual([widened.rows[1].status, widened.rows[1].reason], ['within-budget', null]);
    assert.ok(widened.rows[1].packedBytes >= widened.rows[0].packedBytes);
  });

  test('bad input: lossy variants without eval data, an unknown variant, a budget of none, a pack folder, a folder to run', async () => {
    const dir = await scratch();
    const noEval = await cli(['run', candidate('unchanged'), '--out', join(dir, 'p'), '--baseline', join(FIXTURES, 'baseline'), '--variants', 'fp16']);
    assert.equal(noEval.code, 2);
    assert.match(noEval.stderr, /variants: fp16 change the weights, so they need eval data/);
    assert.equal((await readFile(join(dir, 'p', 'manifest.json')).catch(() => null)), null, 'nothing packed');
    const unknown = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--eval-data', join(FIXTURES, 'eval'), '--variants', 'fp8']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--variants: unknown variant "fp8"; variants are fp32 \(the original\), fp16, int8/);
    const none = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', candidate('unchanged'), '--eval-data', join(FIXTURES, 'eval'), '--variants', 'int8', '--max-accuracy-drop', 'none']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--max-accuracy-drop: a lossy variant needs a budget/);
    const pack = await cli(['compare', '--baseline', join(FIXTURES, 'baseline'), '--candidate', join(FIXTURES, 'baseline'), '--eval-data', join(FIXTURES, 'eval'), '--variants', 'fp16']);
    assert.equal(pack.code, 2);
    assert.match(pack.stderr, /are built from \.onnx models; pass the model files, not a pack folder/);
    const twice = await cli(['run', candidate('unchanged'), candidate('improved'), '--out', join(dir, 't'), '--baseline', join(FIXTURES, 'baseline'), '--eval-data', join(FIXTURES, 'eval'), '--variants', 'fp16']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /improved\/iris\.onnx: model name "iris" is also the name of .*unchanged\/iris\.onnx/);
    const folder = await cli(['run', join(FIXTURES, 'baseline'), '--out', join(dir, 'q'), '--baseline', join(FIXTURES, 'baseline')]);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /baseline: is a folder; give the \.onnx model files to pack/);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** Checks a variant with the onnx package and recomputes its stored weights with numpy, independently of model-gate. */
/** Debian's interpreter, where python3-onnx installs: a python3 earlier on PATH (pyenv, a venv) may lack it. */
const PYTHON = '/usr/bin/python3';
const PYTHON_CHECK = `
import sys, json, onnx, numpy as np
from onnx import numpy_helper
original = {t.name: numpy_helper.to_array(t) for t in onnx.load(sys.argv[1]).graph.initializer}
model = onnx.load(sys.argv[2])
onnx.checker.check_model(model, full_check=True)
stored = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
checked = []
for node in model.graph.node:
    if node.op_type == 'Cast' and node.output[0] in original:
        half = stored[node.input[0]]
        assert half.dtype == np.float16, half.dtype
        # numpy's float32 -> float16 conversion rounds to nearest even: the reference for model-gate's own.
        assert np.array_equal(half.view(np.uint16), original[node.output[0]].astype(np.float16).view(np.uint16)), node.output[0]
        checked.append(node.output[0])
    if node.op_type == 'DequantizeLinear':
        q, scale, zero = (stored[n] for n in node.input)
        axis = [a.i for a in node.attribute if a.name == 'axis'][0]
        w = original[node.output[0]]
        assert q.dtype == np.int8 and scale.dtype == np.float32 and not zero.any()
        shape = [1] * w.ndim
        shape[axis] = -1
        s = scale.reshape(shape)
        amax = np.abs(w).max(axis=tuple(i for i in range(w.ndim) if i != axis)).reshape(shape)
        # An all-zero channel gets scale 1 (its values quantize to 0 either way; a zero scale would be degenerate).
        assert np.allclose(s, np.where(amax == 0, np.float32(1), amax / np.float32(127)), rtol=1e-6)
        expected = np.clip(np.round(w / s), -127, 127).astype(np.int8)  # np.round: half to even
        assert np.array_equal(q, expected), node.output[0]
        checked.append(node.output[0])
print(json.dumps(sorted(checked)))
`;

describe('variants checked by the onnx Python package', () => {
  test('onnx.checker accepts fp16 and int8 variants; numpy reproduces their stored weights exactly', async () => {
    const probe = await run(PYTHON, ['-c', 'import onnx, numpy']);
    assert.equal(probe.code, 0, 'python3-onnx is installed by scripts/test.sh');
    const dir = await scratch();
    const script = join(dir, 'check.py');
    await writeFile(script, PYTHON_CHECK);
    const settings = { ...defaultConfig().variants, int8MinElements: 16 };
    for (const [model, file] of [[BASELINE_MODEL, 'iris.onnx'], [candidate('slower'), 'iris.onnx']] as const) {
      for (const variant of ['fp16', 'int8'] as const) {
        const b = await buildVariant(model, file, variant, settings, join(dir, `${variant}-${model.length}`));
        assert.ok(b.path, b.reason ?? '');
        const r = await run(PYTHON, [script, model, b.path!]);
        assert.equal(r.code, 0, `${variant} of ${model}: ${r.stderr}`);
        assert.deepEqual(JSON.parse(r.stdout), b.converted.map((t) => t.name).sort(), `${variant}: python checked every converted tensor`);
      }
    }
  });
});
