// The interface contract (src/interface/): one pair of tiny models per rule, written and read back by the onnx Python
// package (the oracle that each pair differs only in that rule's fact), compared by model-gate; a few of them end to end
// through the CLI; the bundled onnxruntime's limits measured on it; and an fp16 variant keeping its original's interface.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { chooseVariant } from '../src/variants/choose.js';
import { compareInterface, type InterfaceChange, type InterfaceChangeKind } from '../src/interface/contract.js';
import { BUNDLED_ONNXRUNTIME, parseRuntimeRelease, runtimeSupport } from '../src/interface/runtime-support.js';
import { readModelInfo } from '../src/onnx/model-info.js';
import { COMMENT_BUDGET, renderMarkdown } from '../src/report/markdown.js';
import { syntheticReport } from './support/reports.js';
import { BASELINE_MODEL, cli, FAST_BENCH, FIXTURES, ROOT, run, scratch } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const BASELINE = join(FIXTURES, 'baseline');
const EVAL = join(FIXTURES, 'eval');
/** The interface is what these runs are about: timings are measured briefly and judged at no level (no noise can fail them). */
const QUICK = [...FAST_BENCH, '--bench-budget', '1', ...['load-time', 'first-inference', 'latency-p50', 'latency-p95', 'peak-rss'].flatMap((m) => ['--threshold', `${m}=none/none`])];

interface Rule {
  /** The fact the onnx package sees differ, and nothing else. */
  differs: string[];
  kind: InterfaceChangeKind;
  breaking: boolean;
  /** The input or output (or domain, field) the change names. */
  name: string;
  /** The target runtime, where the rule is about one. */
  target?: string;
  /** Changes of that kind, where one edit moves several values (a swap moves both). */
  count?: number;
}

const RULES: Record<string, Rule> = {
  'input-added': { differs: ['input names', 'input shapes', 'input types'], kind: 'input-added', breaking: true, name: 'c' },
  'input-removed': { differs: ['input names', 'input shapes', 'input types'], kind: 'input-removed', breaking: true, name: 'b' },
  'input-renamed': { differs: ['input names'], kind: 'input-renamed', breaking: true, name: 'b' },
  'input-moved': { differs: ['input names'], kind: 'input-moved', breaking: true, name: 'a', count: 2 },
  'output-removed': { differs: ['output names', 'output shapes', 'output types'], kind: 'output-removed', breaking: true, name: 'z' },
  'output-renamed': { differs: ['output names'], kind: 'output-renamed', breaking: true, name: 'z' },
  'output-moved': { differs: ['output names'], kind: 'output-moved', breaking: true, name: 'y', count: 2 },
  'output-added': { differs: ['output names', 'output shapes', 'output types'], kind: 'output-added', breaking: false, name: 'w' },
  'type-changed': { differs: ['input types'], kind: 'type-changed', breaking: true, name: 'a' },
  'rank-changed': { differs: ['input shapes'], kind: 'rank-changed', breaking: true, name: 'a' },
  'dim-changed': { differs: ['input shapes'], kind: 'dim-changed', breaking: true, name: 'a[1]' },
  'dim-made-fixed': { differs: ['input shapes'], kind: 'dim-made-fixed', breaking: true, name: 'a[0]' },
  'dim-made-dynamic': { differs: ['output shapes'], kind: 'dim-made-dynamic', breaking: false, name: 'y[1]' },
  'dim-renamed': { differs: ['input shapes'], kind: 'dim-renamed', breaking: false, name: 'a[0]' },
  'opset-raised': { differs: ['opsets'], kind: 'opset-changed', breaking: false, name: 'ai.onnx' },
  'opset-unsupported': { differs: ['opsets'], kind: 'opset-unsupported', breaking: true, name: 'ai.onnx', target: '1.14' },
  'ml-opset-unsupported': { differs: ['opsets'], kind: 'opset-unsupported', breaking: true, name: 'ai.onnx.ml', target: '1.14' },
  'ir-version-raised': { differs: ['ir'], kind: 'ir-version-changed', breaking: false, name: 'IR version' },
  'ir-version-unsupported': { differs: ['ir'], kind: 'ir-version-unsupported', breaking: true, name: 'IR version', target: '1.14' },
  'producer-changed': { differs: ['producer'], kind: 'producer-changed', breaking: false, name: 'producer' },
  'metadata-changed': { differs: ['model_version'], kind: 'metadata-changed', breaking: false, name: 'modelVersion' },
};
/** Rules that reuse another rule's pair under an older target runtime. */
const PAIR: Record<string, string> = { 'opset-unsupported': 'opset-raised', 'ml-opset-unsupported': 'ml-opset-raised', 'ir-version-unsupported': 'ir-version-raised' };

async function writePairs(): Promise<{ dir: string; differences: Record<string, string[]> }> {
  const dir = await scratch();
  const r = await run(PYTHON, [join(ROOT, 'test', 'support', 'interface_pairs.py'), dir]);
  assert.equal(r.code, 0, `python3-onnx writes the pairs: ${r.stderr}`);
  return { dir, differences: JSON.parse(r.stdout) as Record<string, string[]> };
}

test('each interface rule: a pair differing only in that fact gives exactly that change, breaking or compatible', async () => {
  const { dir, differences } = await writePairs();
  for (const [rule, expected] of Object.entries(RULES)) {
    const pair = PAIR[rule] ?? rule;
    assert.deepEqual(differences[pair], [...expected.differs].sort(), `${rule}: the onnx package sees the pair differ only in ${expected.differs.join(', ')}`);
    const before = await readModelInfo(join(dir, `${pair}.base.onnx`));
    const after = await readModelInfo(join(dir, `${pair}.cand.onnx`));
    const target = runtimeSupport(parseRuntimeRelease(expected.target ?? BUNDLED_ONNXRUNTIME, 'test'));
    const { changes } = compareInterface(before, after, target);
    assert.equal(changes.length, expected.count ?? 1, `${rule}: ${expected.count ?? 1} change(s), got ${JSON.stringify(changes)}`);
    const [c] = changes as [InterfaceChange];
    assert.ok(changes.every((x) => x.kind === expected.kind && x.breaking === expected.breaking), `${rule}: ${JSON.stringify(changes)}`);
    assert.equal(c.name, expected.name, rule);
    // A model against itself, on the runtime that loads it: no change.
    assert.deepEqual(compareInterface(after, after, runtimeSupport(BUNDLED_ONNXRUNTIME)).changes, [], `${rule}: no change against itself`);
  }
});

test('a rename is told from a removal: the name at the same position is new', async () => {
  const { dir } = await writePairs();
  const info = await readModelInfo(join(dir, 'input-renamed.base.onnx'));
  const renamed = compareInterface(info, await readModelInfo(join(dir, 'input-renamed.cand.onnx')), runtimeSupport(BUNDLED_ONNXRUNTIME));
  assert.deepEqual(renamed.changes.map((c) => [c.kind, c.before, c.after]), [['input-renamed', 'b', 'b2']]);
  // Opset changes are judged against the target: the 1.14 row of the compatibility table, ai.onnx 18 and ai.onnx.ml 3.
  assert.deepEqual({ ir: runtimeSupport('1.14').irVersion, onnx: runtimeSupport('1.14').opsets[''], ml: runtimeSupport('1.14').opsets['ai.onnx.ml'] }, { ir: 8, onnx: 18, ml: 3 });
  // A release between listed rows is held to the newest listed row before it, and says so.
  assert.match(runtimeSupport(parseRuntimeRelease('1.22.1', 'x')).release, /^1\.22 \(held to 1\.18's limits\)$/);
  assert.throws(() => parseRuntimeRelease('1.9', '--target-onnxruntime'), /--target-onnxruntime: onnxruntime 1\.9 is older than/);
  assert.throws(() => parseRuntimeRelease('2.0', '--target-onnxruntime'), /newer than the bundled/);
  assert.throws(() => parseRuntimeRelease('latest', '--target-onnxruntime'), /"latest" is not an onnxruntime release/);
});

test("the bundled onnxruntime's row is what it implements: it loads a model at each limit and refuses one above", async () => {
  const dir = await scratch();
  const limits = runtimeSupport(BUNDLED_ONNXRUNTIME);
  const script = [
    'import sys, onnx',
    'from onnx import helper, TensorProto',
    'ir, onnx_v, ml_v, path = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]',
    "x = helper.make_tensor_value_info('x', TensorProto.FLOAT, [1]); y = helper.make_tensor_value_info('y', TensorProto.FLOAT, [1])",
    "g = helper.make_graph([helper.make_node('Identity', ['x'], ['y'])], 'g', [x], [y])",
    "m = helper.make_model(g, opset_imports=[helper.make_opsetid('', onnx_v), helper.make_opsetid('ai.onnx.ml', ml_v)]); m.ir_version = ir",
    "open(path, 'wb').write(m.SerializeToString())",
  ].join('\n');
  const at = { ir: limits.irVersion, onnx: limits.opsets['']!, ml: limits.opsets['ai.onnx.ml']! };
  const loads = async (ir: number, onnxV: number, ml: number): Promise<boolean> => {
    const path = join(dir, `m-${ir}-${onnxV}-${ml}.onnx`);
    const w = await run(PYTHON, ['-c', script, String(ir), String(onnxV), String(ml), path]);
    assert.equal(w.code, 0, w.stderr);
    return ort.InferenceSession.create(await readFile(path)).then(
      () => true,
      () => false,
    );
  };
  assert.ok(await loads(at.ir, at.onnx, at.ml), 'every limit at once loads');
  assert.equal(await loads(at.ir + 1, at.onnx, at.ml), false, 'one IR version above is refused');
  assert.equal(await loads(at.ir, at.onnx + 1, at.ml), false, 'one ai.onnx opset above is refused');
  assert.equal(await loads(at.ir, at.onnx, at.ml + 1), false, 'one ai.onnx.ml opset above is refused');
});

/** Edits iris with the onnx package: `code` gets `m` (the model) and writes nothing else. */
async function editIris(dir: string, code: string): Promise<string> {
  const path = join(dir, 'iris.onnx');
  const r = await run(PYTHON, ['-c', ['import sys, onnx', 'from onnx import helper, TensorProto', 'm = onnx.load(sys.argv[1])', code, 'onnx.checker.check_model(m)', 'onnx.save(m, sys.argv[2])'].join('\n'), BASELINE_MODEL, path]);
  assert.equal(r.code, 0, r.stderr);
  return path;
}

test('end to end: a renamed input fails naming it; an added output passes with the change shown', async () => {
  const dir = await scratch();
  const renamedDir = join(dir, 'renamed');
  const addedDir = join(dir, 'added');
  await mkdir(renamedDir);
  await mkdir(addedDir);
  const renamed = await editIris(
    renamedDir,
    ["m.graph.input[0].name = 'x'", 'for n in m.graph.node:', "    n.input[:] = ['x' if i == 'features' else i for i in n.input]"].join('\n'),
  );
  const json = join(dir, 'renamed.json');
  const r = await cli(['compare', '--baseline', BASELINE, '--candidate', renamed, '--json', json, ...QUICK]);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(await readFile(json, 'utf8'));
  assert.match(report.summary, /^fail — iris: interface: input "features" renamed to "x"/);
  assert.deepEqual(report.models[0].interface.changes.map((c: InterfaceChange) => [c.kind, c.breaking, c.name]), [['input-renamed', true, 'features']]);
  assert.equal(report.models[0].checks.find((c: { metric: string }) => c.metric === 'interface').status, 'fail');

  // The same candidate with the check turned down to a warning, from the config file for this model only.
  const config = join(dir, 'model-gate.yml');
  await writeFile(config, 'models:\n  iris:\n    interface: warn\n');
  const warned = await cli(['compare', '--baseline', BASELINE, '--candidate', renamed, '--config', config, '--json', json, ...QUICK]);
  assert.equal(warned.code, 0, warned.stderr);
  assert.match(JSON.parse(await readFile(json, 'utf8')).summary, /^warn — iris: interface: input "features" renamed to "x"/);

  const added = await editIris(
    addedDir,
    ["m.graph.node.append(helper.make_node('Identity', ['probabilities'], ['scores']))", "m.graph.output.append(helper.make_tensor_value_info('scores', TensorProto.FLOAT, ['N', 3]))"].join('\n'),
  );
  const markdown = join(dir, 'added.md');
  const ok = await cli(['compare', '--baseline', BASELINE, '--candidate', added, '--eval-data', EVAL, '--markdown', markdown, '--json', json, ...QUICK]);
  assert.equal(ok.code, 0, ok.stderr);
  const md = await readFile(markdown, 'utf8');
  // Markdown escapes the brackets of the shape.
  assert.match(md, /- compatible: output "scores" added \(float32 \\\[N,3\\\]\)/);
  const passed = JSON.parse(await readFile(json, 'utf8'));
  assert.equal(passed.models[0].checks.find((c: { metric: string }) => c.metric === 'interface').status, 'pass');
  assert.equal(passed.settings.targetOnnxruntime, BUNDLED_ONNXRUNTIME);
});

test('end to end: an opset above an older target runtime fails naming the domain', async () => {
  const dir = await scratch();
  const raised = await editIris(dir, 'm.opset_import[0].version = 19');
  const json = join(dir, 'r.json');
  const r = await cli(['compare', '--baseline', BASELINE, '--candidate', raised, '--target-onnxruntime', '1.14', '--json', json, ...QUICK]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(JSON.parse(await readFile(json, 'utf8')).summary, /interface: opset ai\.onnx 19 \(onnxruntime 1\.14 implements up to 18\)/);
  // On the bundled runtime the same raise is compatible: shown, not failing.
  const ok = await cli(['compare', '--baseline', BASELINE, '--candidate', raised, '--json', json, ...QUICK]);
  assert.equal(ok.code, 0, ok.stderr);
  const changes = JSON.parse(await readFile(json, 'utf8')).models[0].interface.changes;
  assert.deepEqual(changes.map((c: InterfaceChange) => [c.kind, c.breaking, c.before, c.after]), [['opset-changed', false, '17', '19']]);
});

test('a variant whose interface differs from its original is rejected, with the change as its reason', () => {
  const build = { variant: 'fp16', path: '/x', reason: null, converted: [], kept: [], weightBytes: { original: 100, variant: 50 } };
  const changes: InterfaceChange[] = [{ kind: 'type-changed', breaking: true, name: 'features', before: 'float32', after: 'float16' }];
  const evalResult = { task: 'classification', baseline: { accuracy: 0.9 }, candidate: { accuracy: 0.9 }, agreement: { top1: 1, others: [] } };
  const settings = { publish: 'best', maxAccuracyDrop: { kind: 'absolute', amount: 0.01, text: '-1pp' }, maxErrorIncrease: { kind: 'relative', amount: 0.05, text: '+5%' } };
  const measure = (iface: InterfaceChange[]) => ({ build, packedBytes: 50, timing: [], eval: evalResult, interface: iface }) as unknown as Parameters<typeof chooseVariant>[1][number];
  const table = chooseVariant({ packedBytes: 100, weightBytes: 100 }, [measure(changes)], settings as unknown as Parameters<typeof chooseVariant>[2]);
  assert.equal(table.published, 'original');
  assert.equal(table.rows[1]!.status, 'rejected');
  assert.match(table.rows[1]!.reason ?? '', /changes the original's interface: "features" element type float32 → float16/);
  // A raised opset or a new producer is how a variant is made: it stands in for the original.
  const kept = chooseVariant({ packedBytes: 100, weightBytes: 100 }, [measure([{ kind: 'producer-changed', breaking: false, name: 'producer', before: 'a', after: 'b' }])], settings as unknown as Parameters<typeof chooseVariant>[2]);
  assert.equal(kept.published, 'fp16');
});

test("an fp16 variant of a float32 model keeps the original's float32 inputs and outputs", async () => {
  const dir = await scratch();
  const out = join(dir, 'pack');
  const json = join(dir, 'report.json');
  const r = await cli(['run', BASELINE_MODEL, '--out', out, '--baseline', BASELINE, '--eval-data', EVAL, '--variants', 'fp16', '--json', json, ...QUICK]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(await readFile(json, 'utf8'));
  assert.equal(report.models[0].variants.published, 'fp16');
  const restored = join(dir, 'restored');
  assert.equal((await cli(['unpack', out, '--out', restored])).code, 0);
  const read = (path: string) =>
    run(PYTHON, ['-c', "import sys, json, onnx\nm = onnx.load(sys.argv[1])\nio = lambda vs: [[v.name, v.type.tensor_type.elem_type, [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]] for v in vs]\nprint(json.dumps({'inputs': io(m.graph.input), 'outputs': io(m.graph.output), 'fp16 weights': sum(t.data_type == 10 for t in m.graph.initializer)}))", path]);
  const variant = JSON.parse((await read(join(restored, 'iris.onnx'))).stdout);
  const original = JSON.parse((await read(BASELINE_MODEL)).stdout);
  assert.ok(variant['fp16 weights'] > 0, 'the published model is the fp16 variant');
  assert.deepEqual([variant.inputs, variant.outputs], [original.inputs, original.outputs]);
  assert.deepEqual(variant.inputs.map((v: [string, number]) => v[1]), [1], 'float32 (TensorProto.FLOAT) in');
});

test("a hostile model's long names are cut, so a change always fits the report", () => {
  const info = (name: string) => ({ irVersion: 8, opsetImports: [{ domain: '', version: 17 }], producerName: '', producerVersion: '', domain: '', modelVersion: 0, docString: '', graphName: 'g', inputs: [{ name, elemType: 'float32' as const, shape: ['N', 4] }], outputs: [], initializerCount: 0, initializerBytes: 0 });
  const { changes } = compareInterface(info('a'), info('x'.repeat(20_000)), runtimeSupport(BUNDLED_ONNXRUNTIME));
  assert.deepEqual(changes.map((c) => [c.kind, c.name]), [['input-renamed', 'a']]);
  assert.equal(changes[0]!.after!.length, 200);
  assert.ok(changes[0]!.after!.endsWith('…'));
});

test('at the largest scale of the comment, each model failing its interface still names the change', () => {
  const report = syntheticReport(100, ['same']);
  for (const m of report.models) {
    m.verdict = 'fail';
    m.interface = { target: '1.30', changes: [{ kind: 'input-renamed', breaking: true, name: 'features', before: 'features', after: `x_${m.name}` }], more: 0 };
    m.checks.unshift({ metric: 'interface', baseline: 0, candidate: 1, change: { absolute: 1, relative: null, interval: null }, note: null, inconclusive: false, samples: null, sampling: null, firstAttempt: null, threshold: { warn: null, fail: '+0' }, status: 'fail' });
  }
  report.verdict = 'fail';
  const md = renderMarkdown(report, 'comment');
  assert.ok(md.length <= COMMENT_BUDGET, `${md.length} characters`);
  for (const m of report.models) {
    const line = md.slice(md.indexOf(`**❌ ${m.name} — fail**`));
    assert.match(line.slice(0, line.indexOf('\n')), new RegExp(`interface: input "features" renamed to "x\\\\_${m.name.replace(/-/g, '\\-')}" \\(fail at \\+0\\)`), m.name);
  }
});
