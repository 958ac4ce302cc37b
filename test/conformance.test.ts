// ONNX's backend conformance cases (Debian's libonnx-testdata: pytorch-converted, pytorch-operator, simple) as eval data,
// through the built CLI: every case's model.onnx is compared against its packed copy, with the case folder as eval data.
//
// Which cases onnxruntime supports is decided here apart from model-gate: ONNX's own Python package reads the test data
// the way ONNX's backend runner does (input_K.pb typed by the graph's K-th input, fed by position), and onnxruntime-node
// runs it directly. A case onnxruntime loads and matches (atol 1e-4, rtol 1e-3) must pass compare with full reference
// agreement; a case it cannot load or run must exit 2 with onnxruntime's reason in a one-line message. Timing is cut to
// the least the CLI takes (one pair, a 1 s budget, timing thresholds off): this is about eval data, not speed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type * as Ort from 'onnxruntime-node';
import { TIMING_METRICS } from '../src/bench/bench.js';
import { cli, run, scratch } from './helpers.js';
import { onnxruntimeVersion } from '../src/onnx/runtime.js';

// model-gate's runtime loads first: it settles how onnxruntime-common holds float16 data (src/onnx/runtime.ts) before
// this file makes a tensor of its own.
onnxruntimeVersion();

const DATA = '/usr/share/libonnx-testdata/data';
const SUITES = ['pytorch-converted', 'pytorch-operator', 'simple'];
/** Debian's interpreter, where python3-onnx installs: a python3 earlier on PATH (pyenv, a venv) may lack it. */
const PYTHON = '/usr/bin/python3';
const ATOL = 1e-4;
const RTOL = 1e-3;
/** Cases compared at once: CI runners have 2 cores, and each compare is mostly one busy process at a time. */
const CONCURRENCY = 2;
/** Cases onnxruntime runs and matches, each of which must pass compare: 100 with Debian's libonnx-testdata today. */
const SUPPORTED_FLOOR = 100;
const TIMING = TIMING_METRICS;
const MINIMAL_BENCH = [
  ...['--load-samples', '1', '--latency-rounds', '1', '--latency-time-ms', '1', '--warmup-ms', '0', '--bench-budget', '1'],
  // A/A timing on one pair decides nothing; off, so only the eval can make a case fail.
  ...TIMING.flatMap((metric) => ['--threshold', `${metric}=none`]),
  // Each case is compared against itself: measured anyway, so onnxruntime loads and runs it.
  '--remeasure-unchanged',
];

/** Reads every case with the onnx package; prints JSON: per case its graph inputs/outputs and its sets' tensors. */
const PYTHON_READ = `
import sys, json, glob, os, base64, onnx, numpy as np
from onnx import numpy_helper
cases = []
for case in sys.argv[1:]:
    model = onnx.load(os.path.join(case, 'model.onnx'))
    initializers = {t.name for t in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in initializers]
    outputs = list(model.graph.output)
    def read(path, value_info):
        kind = value_info.type.WhichOneof('value') if value_info is not None else 'tensor_type'
        if kind != 'tensor_type':
            return {'kind': kind}
        t = onnx.TensorProto()
        with open(path, 'rb') as f:
            t.ParseFromString(f.read())
        a = numpy_helper.to_array(t)
        item = {'kind': kind, 'name': t.name, 'dtype': str(a.dtype), 'dims': list(a.shape)}
        if a.dtype == object:
            item['strings'] = [x.decode() if isinstance(x, bytes) else str(x) for x in a.ravel()]
        else:
            item['base64'] = base64.b64encode(np.ascontiguousarray(a, dtype=a.dtype.newbyteorder('<')).tobytes()).decode()
        return item
    sets = []
    for d in sorted(glob.glob(os.path.join(case, 'test_data_set_*'))):
        s = {}
        for role, declared in (('input', inputs), ('output', outputs)):
            files = sorted(glob.glob(os.path.join(d, role + '_*.pb')), key=lambda p: int(p.rsplit('_', 1)[1][:-3]))
            s[role + 's'] = [read(p, declared[k] if k < len(declared) else None) for k, p in enumerate(files)]
        sets.append(s)
    cases.append({'case': case, 'inputs': [i.name for i in inputs], 'outputs': [o.name for o in outputs], 'sets': sets})
json.dump(cases, sys.stdout)
`;

interface PyTensor {
  kind: string;
  name?: string;
  dtype?: string;
  dims?: number[];
  strings?: string[];
  base64?: string;
}
interface PyCase {
  case: string;
  inputs: string[];
  outputs: string[];
  sets: Array<{ inputs: PyTensor[]; outputs: PyTensor[] }>;
}

/** What onnxruntime itself does with a case: matches its references, or fails at a step with its own reason. */
type Verdict = { status: 'ok' } | { status: 'load' | 'run' | 'mismatch' | 'not-tensor'; reason: string };

const ARRAYS: Record<string, [new (buffer: ArrayBuffer) => ArrayLike<number | bigint>, string]> = {
  float32: [Float32Array, 'float32'],
  float64: [Float64Array, 'float64'],
  float16: [Uint16Array, 'float16'],
  int8: [Int8Array, 'int8'],
  uint8: [Uint8Array, 'uint8'],
  int16: [Int16Array, 'int16'],
  uint16: [Uint16Array, 'uint16'],
  int32: [Int32Array, 'int32'],
  uint32: [Uint32Array, 'uint32'],
  int64: [BigInt64Array, 'int64'],
  uint64: [BigUint64Array, 'uint64'],
  bool: [Uint8Array, 'bool'],
};

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

/** onnxruntime's verdict on every case, from onnxruntime-node itself (quiet, no telemetry files: see runtime.ts). */
async function onnxruntimeVerdicts(cases: PyCase[]): Promise<Map<string, Verdict>> {
  process.env.ORT_DISABLE_TELEMETRY = '1';
  const ort = (await import('onnxruntime-node')).default;
  ort.env.logLevel = 'fatal';
  const tensor = (t: PyTensor) => {
    if (t.strings) return new ort.Tensor('string', t.strings, t.dims);
    const spec = ARRAYS[t.dtype!];
    assert.ok(spec, `the test cannot feed numpy dtype ${t.dtype}`);
    const bytes = Buffer.from(t.base64!, 'base64');
    return new ort.Tensor(spec[1] as 'float32', new spec[0](bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as never, t.dims);
  };
  /** numpy.isclose semantics (NaN equals NaN); strings and 64-bit integers exactly. */
  const mismatch = (got: Ort.Tensor | undefined, want: Ort.Tensor): string | null => {
    if (!got) return 'no such output';
    if (got.dims.join() !== want.dims.join()) return `shape [${got.dims}] but the reference has [${want.dims}]`;
    const [a, r] = [got.data as ArrayLike<unknown>, want.data as ArrayLike<unknown>];
    for (let i = 0; i < r.length; i++) {
      if (typeof r[i] === 'string' || typeof r[i] === 'bigint' ? a[i] !== r[i] : !close(Number(a[i]), Number(r[i]))) return `element ${i} is ${a[i]}, the reference ${r[i]}`;
    }
    return null;
  };
  const close = (a: number, r: number) => (Number.isNaN(a) && Number.isNaN(r)) || a === r || Math.abs(a - r) <= ATOL + RTOL * Math.abs(r);

  const verdicts = new Map<string, Verdict>();
  for (const c of cases) {
    let session;
    try {
      session = await ort.InferenceSession.create(join(c.case, 'model.onnx'));
    } catch (error) {
      verdicts.set(c.case, { status: 'load', reason: firstLine(error) });
      continue;
    }
    try {
      // The two readers must agree on the model before either's data is trusted.
      assert.deepEqual([...session.inputNames], c.inputs, `${c.case}: inputs as onnxruntime and onnx read them`);
      assert.deepEqual([...session.outputNames], c.outputs, `${c.case}: outputs as onnxruntime and onnx read them`);
      verdicts.set(c.case, await runSets(c, session));
    } finally {
      await session.release();
    }
  }
  return verdicts;

  async function runSets(c: PyCase, session: Ort.InferenceSession): Promise<Verdict> {
    for (const set of c.sets) {
      const notTensor = set.inputs.findIndex((t) => t.kind !== 'tensor_type');
      if (notTensor >= 0) return { status: 'not-tensor', reason: `input "${c.inputs[notTensor]}" is a ${set.inputs[notTensor]!.kind}` };
      // By position, as ONNX's backend runner feeds them; a name a file does carry must be the input's at that position.
      const feeds: Record<string, Ort.Tensor> = {};
      set.inputs.forEach((t, k) => {
        if (t.name) assert.equal(t.name, c.inputs[k], `${c.case}: input_${k}.pb is named for another input`);
        const declared = session.inputMetadata[k]!;
        const type = t.strings ? 'string' : ARRAYS[t.dtype!]?.[1];
        assert.ok(declared.isTensor && declared.type === type, `${c.case}: input_${k}.pb holds ${type}, onnxruntime declares ${JSON.stringify(declared)}`);
        feeds[c.inputs[k]!] = tensor(t);
      });
      let out;
      try {
        out = await session.run(feeds);
      } catch (error) {
        return { status: 'run', reason: firstLine(error) };
      }
      for (const [k, reference] of set.outputs.entries()) {
        const wrong = mismatch(out[c.outputs[k]!] as Ort.Tensor, tensor(reference));
        if (wrong) return { status: 'mismatch', reason: `output "${c.outputs[k]}": ${wrong}` };
      }
    }
    return { status: 'ok' };
  }
}

/** Runs `work` over `items`, `limit` at a time, keeping the order of the results. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** onnxruntime names the file it was given ("Load model from <path> failed:"); model-gate loads the pack's bytes. */
const reasonOf = (verdict: Verdict & { reason: string }, caseDir: string) => verdict.reason.replace(`Load model from ${join(caseDir, 'model.onnx')} failed:`, '').trim();

const installed = existsSync(join(DATA, SUITES[0]!));

describe('ONNX backend conformance cases as eval data', { skip: installed ? false : `${DATA} is missing: install Debian's libonnx-testdata (scripts/test.sh does)` }, () => {
  test('every case onnxruntime supports passes compare against itself; the rest exit 2 with its reason', async (t) => {
    const started = performance.now();
    const cases: string[] = [];
    for (const suite of SUITES) {
      for (const name of (await readdir(join(DATA, suite))).sort()) {
        if (existsSync(join(DATA, suite, name, 'model.onnx'))) cases.push(join(DATA, suite, name));
      }
    }
    assert.ok(cases.length >= 100, `${cases.length} cases found under ${DATA}`);

    const dir = await scratch();
    const script = join(dir, 'read.py');
    await writeFile(script, PYTHON_READ);
    const read = await run(PYTHON, [script, ...cases]);
    assert.equal(read.code, 0, `the onnx Python package (python3-onnx, installed by scripts/test.sh) reads the cases: ${read.stderr}`);
    const verdicts = await onnxruntimeVerdicts(JSON.parse(read.stdout) as PyCase[]);

    // Every case's model under its own name (suite--case.onnx), packed by one pack run: each compare then takes its
    // model from that one pack (the other models are only listed as removed), and no case pays a CLI start to pack.
    const models = join(dir, 'models');
    await mkdir(models);
    const nameOf = (caseDir: string) => caseDir.slice(DATA.length + 1).replace('/', '--');
    const modelOf = (caseDir: string) => join(models, `${nameOf(caseDir)}.onnx`);
    for (const caseDir of cases) await copyFile(join(caseDir, 'model.onnx'), modelOf(caseDir));
    const packDir = join(dir, 'pack');
    const packed = await cli(['pack', ...cases.map(modelOf), '--out', packDir]);
    assert.equal(packed.code, 0, `pack of every case: ${packed.stderr}`);

    const outcomes = await pool(cases, CONCURRENCY, async (caseDir) => {
      const model = modelOf(caseDir);
      const report = join(dir, `${nameOf(caseDir)}.report.json`);
      const args = ['compare', '--baseline', packDir, '--candidate', model, '--eval-data', caseDir, '--json', report, '--quiet'];
      const r = await cli([...args, '--atol', String(ATOL), '--rtol', String(RTOL), ...MINIMAL_BENCH]);
      return { caseDir, r, model, pack: join(packDir, `${nameOf(caseDir)}.onnx.zst`), report: r.code === 0 || r.code === 1 ? JSON.parse(await readFile(report, 'utf8')) : null };
    });

    const passed: string[] = [];
    const refused: string[] = [];
    for (const { caseDir, r, model, pack, report } of outcomes) {
      const name = caseDir.slice(DATA.length + 1);
      const verdict = verdicts.get(caseDir)!;
      const context = `${name} (onnxruntime: ${verdict.status}${'reason' in verdict ? `, ${verdict.reason}` : ''}): exit ${r.code}\n${r.stderr}`;
      if (verdict.status === 'ok' || verdict.status === 'mismatch') {
        assert.equal(r.code, 0, context);
        assert.equal(r.stderr, '', `${context}\nnothing on stderr under --quiet: no onnxruntime log lines`);
        assert.deepEqual(report.models.map((m: { name: string }) => m.name), [nameOf(caseDir)], `${context}\nthe case's model, and only it, compared`);
        const scores = report.models[0].eval;
        assert.ok(scores, `${context}\nthe report has eval scores`);
        for (const side of [scores.baseline, scores.candidate]) {
          // Full agreement exactly when onnxruntime itself matched: model-gate bound the same tensors to the same values.
          if (verdict.status === 'ok') assert.equal(side.referenceAgreement, 1, `${context}\nreference agreement ${JSON.stringify(scores)}`);
          else assert.ok(side.referenceAgreement !== null && side.referenceAgreement < 1, `${context}\nreference agreement ${JSON.stringify(scores)}`);
        }
        passed.push(name);
      } else {
        assert.equal(r.code, 2, context);
        const lines = r.stderr.trimEnd().split('\n');
        assert.equal(lines.length, 1, `${context}\none line, no onnxruntime log lines ahead of it`);
        // It names what the user gave (the baseline pack file or the candidate model), never a scratch copy.
        assert.ok([pack, model].some((path) => lines[0]!.startsWith(`model-gate compare: ${path}: `)), context);
        const expected = verdict.status === 'not-tensor' ? 'is not a tensor' : reasonOf(verdict, caseDir);
        // The log breaks every "::" (onnxruntime's C++ names have them) with a zero-width space: compare without it.
        assert.ok(lines[0]!.replaceAll('\u200b', '').includes(expected), `${context}\nexpected the reason: ${expected}`);
        refused.push(`${name}: ${lines[0]!.replace(`model-gate compare: ${pack}: `, '').replace(`model-gate compare: ${model}: `, '')}`);
      }
    }
    const supported = [...verdicts.values()].filter((v) => v.status === 'ok').length;
    // A floor: were onnxruntime (or the way this test feeds it) to refuse every case for one shared reason, each case
    // would exit 2 with that reason and everything above would hold. Debian's libonnx-testdata with this onnxruntime
    // has 100 cases onnxruntime matches, each passing compare with full agreement.
    assert.ok(supported >= SUPPORTED_FLOOR, `only ${supported} cases run and match in onnxruntime itself (${SUPPORTED_FLOOR} did)`);
    t.diagnostic(`${passed.length} of ${cases.length} cases pass compare (${supported} of them matched by onnxruntime itself); ${refused.length} exit 2:`);
    for (const line of refused) t.diagnostic(`  ${line}`);
    t.diagnostic(`${((performance.now() - started) / 1000).toFixed(1)} s for ${cases.length} cases, ${CONCURRENCY} at a time`);
  });
});
