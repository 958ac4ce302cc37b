// Builds one lossy variant of a model with model-gate's own builder (src/variants/build.ts, default settings) in a
// process of its own, so `npm run bench:large` can measure the build's memory and keep the file: the gate builds the
// same variants in a scratch folder it removes. Prints what was built as JSON.
// Usage: node build/scripts/build-variant.js MODEL.onnx fp16|int8|int4 OUT_DIR   (writes OUT_DIR/<variant>/<model file>)
import { basename } from 'node:path';
import { defaultConfig } from '../src/inputs/build-config.js';
import { VARIANT_KINDS, type VariantName } from '../src/variants/kinds.js';
import { buildVariant } from '../src/variants/build.js';

const [model, variant, outDir] = process.argv.slice(2);
if (!model || !outDir || !(VARIANT_KINDS as readonly string[]).includes(variant ?? '')) throw new Error(`usage: build-variant.js MODEL.onnx ${VARIANT_KINDS.join('|')} OUT_DIR`);
const build = await buildVariant(model, basename(model), variant as VariantName, defaultConfig().variants, outDir);
console.log(JSON.stringify({ path: build.path, reason: build.reason, weightBytes: build.weightBytes, converted: build.converted.length, kept: build.kept.length }));
