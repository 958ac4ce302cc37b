import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TQNJSTS7.js";
import {
  readModelInfo
} from "./chunk-2AHGXS7W.js";
import {
  LAYOUT_BYTES,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  checkExternalData,
  mapTensors,
  modelNameOf,
  packedBlobs,
  packedFileName,
  validateManifest
} from "./chunk-2C6QEZA7.js";
import {
  AUTO_CODECS,
  CODECS
} from "./chunk-F75FJUY5.js";
import {
  LAYOUT_CODES,
  checkOutputDir,
  openUntrusted,
  requireRegularFile,
  temporaryPath,
  writeFileAtomic
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/pack/pack.ts
import { copyFile, mkdir, readdir, rename as rename2, rm as rm2, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/pack/codecs/choose.ts
import { rename, rm } from "node:fs/promises";
var FULL_TRIAL_BYTES = 32 << 20;
var SAMPLE_WINDOWS = 8;
var SAMPLE_BYTES = 256 << 10;
async function packFile(inputPath, runs, size, outputPath, options) {
  const { codec } = options;
  if (codec !== "auto") return { codec, ...await (await CODECS[codec].load()).encode(inputPath, runs, outputPath, options) };
  const candidates = await Promise.all(
    AUTO_CODECS.filter((c) => runs.length > 0 || !CODECS[c].floatRuns).map(async (name) => ({ name, module: await CODECS[name].load() }))
  );
  if (candidates.length === 1) {
    const { name, module } = candidates[0];
    const result = await module.encode(inputPath, runs, outputPath, options);
    return { codec: name, ...result, auto: autoChoice(/* @__PURE__ */ new Map([[name, result.packed.bytes]]), false) };
  }
  if (size <= FULL_TRIAL_BYTES) return packEveryWay(inputPath, runs, outputPath, options, candidates);
  for (const { module } of candidates) module.warmUp?.(options.threads);
  const estimate = await estimateAll(inputPath, runs, size, options.level, candidates);
  const chosen = smallest(candidates, estimate);
  return { codec: chosen.name, ...await chosen.module.encode(inputPath, runs, outputPath, options), auto: autoChoice(estimate, true) };
}
function autoChoice(sizes, estimated) {
  return { ...Object.fromEntries(AUTO_CODECS.map((c) => [c, sizes.get(c) ?? null])), estimated };
}
function smallest(candidates, sizes) {
  return candidates.reduce((best, c) => sizes.get(c.name) < sizes.get(best.name) ? c : best);
}
async function packEveryWay(inputPath, runs, outputPath, options, candidates) {
  const tries = candidates.map((c) => ({ ...c, path: temporaryPath(outputPath) }));
  try {
    const results = /* @__PURE__ */ new Map();
    for (const t of tries) results.set(t.name, await t.module.encode(inputPath, runs, t.path, options));
    const sizes = new Map([...results].map(([name, r]) => [name, r.packed.bytes]));
    const chosen = smallest(tries, sizes);
    await rename(chosen.path, outputPath);
    return { codec: chosen.name, ...results.get(chosen.name), auto: autoChoice(sizes, false) };
  } finally {
    await Promise.all(tries.map((t) => rm(t.path, { force: true })));
  }
}
async function estimateAll(inputPath, runs, size, level, candidates) {
  const { handle: file } = await openUntrusted(inputPath, "model");
  try {
    const packed = new Map(candidates.map((c) => [c.name, 0]));
    let sampled = 0;
    for (let i = 0; i < SAMPLE_WINDOWS; i++) {
      const start = Math.floor(i * (size - SAMPLE_BYTES) / (SAMPLE_WINDOWS - 1));
      const raw = Buffer.allocUnsafe(SAMPLE_BYTES);
      const { bytesRead } = await file.read(raw, 0, SAMPLE_BYTES, start);
      const window = raw.subarray(0, bytesRead);
      const pieces = windowPieces(runs, start, bytesRead);
      for (const { name, module } of candidates) packed.set(name, packed.get(name) + module.sampleSize(window, pieces, level));
      sampled += bytesRead;
    }
    const scale = size / sampled;
    return new Map([...packed].map(([name, n]) => [name, Math.round(n * scale)]));
  } finally {
    await file.close();
  }
}
function windowPieces(runs, start, length) {
  const end = start + length;
  const pieces = [];
  let pos = start;
  const pass = (to) => {
    if (to > pos) pieces.push(LAYOUT_CODES.pass, to - pos);
    pos = Math.max(pos, to);
  };
  for (const run of runs) {
    const element = LAYOUT_BYTES[run.layout];
    const from = run.offset + Math.ceil(Math.max(0, start - run.offset) / element) * element;
    const to = run.offset + Math.floor((Math.min(end, run.offset + run.length) - run.offset) / element) * element;
    if (to <= from || from >= end) continue;
    pass(from);
    pieces.push(LAYOUT_CODES[run.layout], to - from);
    pos = to;
  }
  pass(end);
  return pieces;
}

// src/pack/inspect.ts
async function inspectModel(path) {
  const size = await requireRegularFile(path, "model");
  if (size === 0) throw new InputError(`${path}: model file is empty`);
  return readModelInfo(path);
}

// src/pack/pack.ts
async function packModels(request) {
  const write = await planPack(request);
  const staging = await stagePackDir(request.outDir);
  try {
    const manifest = await write(staging.dir);
    await staging.commit();
    return manifest;
  } finally {
    await staging.discard();
  }
}
async function packInto(request, dir) {
  return (await planPack({ ...request, outDir: dir }))(dir);
}
async function planPack(request) {
  if (request.models.length === 0) throw new InputError("pack: no model files given");
  checkUniqueNames(request.models);
  const planned = await Promise.all(request.models.map(plan));
  checkRestoredNames(planned);
  return (outDir) => writePack(request, planned, outDir);
}
async function writePack(request, planned, outDir) {
  const options = { level: request.level, threads: request.threads, codec: request.codec ?? "auto", blockSize: request.blockSize };
  const staged = [];
  const stage = async (path, runs, size, name, location) => {
    const tmp = temporaryPath(join(outDir, packedFileName(name, "zstd", location)));
    staged.push({ tmp, final: "" });
    const packed = await packFile(path, runs, size, tmp, options);
    const file = packedFileName(name, packed.codec, location);
    staged.at(-1).final = join(outDir, file);
    return { file, ...packed };
  };
  try {
    const models = [];
    for (const p of planned) {
      const main = await stage(p.path, p.runs, p.size, p.name);
      const externalData = [];
      for (const e of p.external) externalData.push({ location: e.location, ...await stage(e.path, e.runs, e.size, p.name, e.location) });
      models.push(manifestEntry(p, main, externalData, request.level));
    }
    const manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: "model-gate", version: VERSION }, models };
    for (const { tmp, final } of staged) await rename2(tmp, final);
    await writeFileAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
    return manifest;
  } catch (error) {
    await Promise.all(staged.map(({ tmp }) => rm2(tmp, { force: true })));
    throw error;
  }
}
async function stagePackDir(outDir) {
  await checkOutputDir(outDir, "pack folder");
  const existing = await readdir(outDir, { withFileTypes: true }).catch(() => null);
  const packName = (f) => f === MANIFEST_FILE || Object.values(CODECS).some((c) => f.endsWith(c.extension)) || /^\..*\.tmp$/.test(f);
  const foreign = existing?.find((f) => !f.isFile() || !packName(f.name));
  if (foreign !== void 0) throw new InputError(`${outDir}: the pack folder holds ${JSON.stringify(foreign.name)}, which is not part of a pack; give an empty or new folder`);
  const dir = temporaryPath(outDir);
  await mkdir(dir, { recursive: true });
  let committed = false;
  return {
    dir,
    async commit() {
      const old = existing ? temporaryPath(outDir) : null;
      if (old) await rename2(outDir, old);
      try {
        await rename2(dir, outDir);
      } catch (error) {
        if (old) await rename2(old, outDir);
        throw error;
      }
      committed = true;
      if (old) await rm2(old, { recursive: true, force: true });
    },
    async discard() {
      if (!committed) await rm2(dir, { recursive: true, force: true });
    }
  };
}
async function assembleInto(models, dir) {
  const manifest = { schema: MANIFEST_SCHEMA, schemaVersion: MANIFEST_VERSION, tool: { name: "model-gate", version: VERSION }, models: models.map((m) => m.entry) };
  validateManifest(manifest, join(dir, MANIFEST_FILE));
  for (const { entry, path } of models) {
    for (const { file } of packedBlobs(entry)) await copyFile(join(dirname(path), file), join(dir, file));
  }
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
  return manifest;
}
function checkUniqueNames(models) {
  const byName = /* @__PURE__ */ new Map();
  for (const path of models) {
    const name = modelNameOf(path);
    const other = byName.get(name);
    if (other !== void 0) throw new InputError(`${path}: model name "${name}" is also the name of ${other}; names must be unique`);
    byName.set(name, path);
  }
}
async function plan(path) {
  const info = await inspectModel(path);
  const map = await mapTensors(path);
  const external = await checkExternalData(path, map.external);
  const { size } = await stat(path);
  return { path, name: modelNameOf(path), size, info, runs: map.runs, external };
}
function checkRestoredNames(planned) {
  const owner = /* @__PURE__ */ new Map();
  for (const p of planned) {
    for (const name of [`${p.name}.onnx`, ...p.external.map((e) => e.location)]) {
      const other = owner.get(name);
      if (other !== void 0) {
        throw new InputError(`${p.path}: restores a file named "${name}", as ${other} does; a pack restores into one folder, so its file names must be distinct`);
      }
      owner.set(name, p.path);
    }
  }
}
function manifestEntry(p, main, externalData, level) {
  const { info } = p;
  return {
    name: p.name,
    ...main,
    level,
    onnx: {
      irVersion: info.irVersion,
      opsetImports: info.opsetImports,
      producerName: info.producerName,
      producerVersion: info.producerVersion,
      domain: info.domain,
      modelVersion: info.modelVersion,
      inputs: info.inputs,
      outputs: info.outputs
    },
    ...externalData.length > 0 ? { externalData } : {}
  };
}

export {
  packModels,
  packInto,
  stagePackDir,
  assembleInto,
  checkUniqueNames
};
//# sourceMappingURL=chunk-JFYHKICO.js.map
