// The bare script `npm run bench:large` holds model-gate's memory against: onnxruntime loads one model by path with the
// session options model-gate uses (src/onnx/runtime.ts createSession: one intra-op and one inter-op thread, sequential,
// all graph optimizations) and runs it once on the first eval set; nothing else of model-gate runs. It prints load and
// run times as JSON. With --write-labels it then runs every eval set and writes the model's own top-1 prediction at each
// position as that set's labels.pb: a random model has no true next tokens, so its variants are judged by how many of
// the float model's predictions they keep.
// Usage: node build/scripts/bare-session.js MODEL.onnx --eval DIR [--write-labels]
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bindInputs } from '../src/eval/binding.js';
import { loadEvalData } from '../src/eval/data.js';
import { predictedClasses } from '../src/eval/metrics.js';
import { readModelInfo } from '../src/onnx/model-info.js';
import { createSession, runSession, toFeeds } from '../src/onnx/runtime.js';
import { encodeTensorProto } from '../src/onnx/tensor-proto.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { eval: { type: 'string' }, 'write-labels': { type: 'boolean', default: false } } });
const [model] = positionals;
if (!model || !values.eval) throw new Error('usage: bare-session.js MODEL.onnx --eval DIR [--write-labels]');

const info = await readModelInfo(model);
const sets = await loadEvalData(values.eval);
const start = performance.now();
const session = await createSession(model, { intraOpThreads: 1, interOpThreads: 1 }, model);
const loaded = performance.now();
const run = async (k: number) => runSession(session, toFeeds(bindInputs(sets[k]!, info, model)), model);
await run(0);
const ran = performance.now();
let labelled = 0;
if (values['write-labels']) {
  for (let k = 0; k < sets.length; k++) {
    const out = Object.values(await run(k))[0]!;
    const predicted = predictedClasses(out);
    if (!predicted) throw new Error(`${model}: its first output is not class scores`);
    const dims = out.dims.slice(0, -1);
    await writeFile(join(sets[k]!.dir, 'labels.pb'), encodeTensorProto({ name: 'labels', elemType: 'int64', dims, data: BigInt64Array.from(predicted, BigInt) }));
    labelled += predicted.length;
  }
}
await session.release();
console.log(JSON.stringify({ loadSeconds: (loaded - start) / 1000, firstRunSeconds: (ran - loaded) / 1000, labelled }));
