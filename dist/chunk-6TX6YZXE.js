import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError,
  isBareFileName
} from "./chunk-JMVME52W.js";

// src/pack/manifest.ts
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
var CODECS = ["auto", "zstd", "onnx-planes"];
var MANIFEST_FILE = "manifest.json";
var MANIFEST_SCHEMA = "model-gate/manifest";
var MANIFEST_VERSION = 3;
var READABLE_VERSIONS = [1, 2, 3];
var CODEC_EXTENSION = { zstd: ".zst", "onnx-planes": ".planes" };
var VARIANT_NAMES = ["original", "fp16", "int8"];
function modelNameOf(path) {
  return basename(path).replace(/\.onnx$/i, "");
}
function packedFileName(model, codec, location) {
  return `${model}${location === void 0 ? ".onnx" : `.${location}`}${CODEC_EXTENSION[codec]}`;
}
function isPackedFileName(path) {
  return /\.onnx\.(zst|planes)$/.test(path);
}
function totalPackedBytes(m) {
  return m.packed.bytes + (m.externalData ?? []).reduce((n, e) => n + e.packed.bytes, 0);
}
async function readManifest(dir) {
  const path = join(dir, MANIFEST_FILE);
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new InputError(`${path}: manifest not found (a pack folder holds manifest.json and the packed models)`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${error.message})`);
  }
  return validateManifest(data, path);
}
function validateManifest(data, path) {
  const fail = (what) => {
    throw new InputError(`${path}: ${what}`);
  };
  if (!isObject(data)) return fail("manifest is not a JSON object");
  if (data.schema !== MANIFEST_SCHEMA) fail(`"schema" must be "${MANIFEST_SCHEMA}"`);
  if (!READABLE_VERSIONS.includes(data.schemaVersion)) {
    fail(`"schemaVersion" ${JSON.stringify(data.schemaVersion)} is not supported (this model-gate reads ${READABLE_VERSIONS.join(", ")})`);
  }
  if (!Array.isArray(data.models)) return fail('"models" must be an array');
  const names = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Set();
  const restored = /* @__PURE__ */ new Set();
  const claim = (set, name, at, what) => {
    if (set.has(name)) fail(`${at}: ${what} "${name}" appears twice in the pack`);
    set.add(name);
  };
  data.models.forEach((m, i) => {
    const at = `models[${i}]`;
    if (!isObject(m)) return fail(`${at} is not an object`);
    if (typeof m.name !== "string" || !isBareFileName(m.name) || m.name.startsWith(".")) fail(`${at}.name must be a plain file name`);
    if (names.has(m.name)) fail(`${at}.name "${m.name}" appears twice`);
    names.add(m.name);
    claim(restored, `${m.name}.onnx`, at, "restored file");
    checkBlob(m, at, data.schemaVersion, fail);
    claim(files, m.file, at, "packed file");
    if (!Number.isInteger(m.level)) fail(`${at}.level must be an integer`);
    if (!isObject(m.onnx) || !Array.isArray(m.onnx.inputs) || !Array.isArray(m.onnx.outputs)) {
      fail(`${at}.onnx must describe the model's inputs and outputs`);
    }
    if (m.variant !== void 0) {
      const v = m.variant;
      if (!isObject(v) || !VARIANT_NAMES.includes(v.name)) fail(`${at}.variant.name must be one of ${VARIANT_NAMES.join(", ")}`);
      checkDigest(v.original, `${at}.variant.original`, fail, true);
    }
    if (m.externalData === void 0) return;
    if (data.schemaVersion === 1 || !Array.isArray(m.externalData)) return fail(`${at}.externalData must be an array (schema version 2 on)`);
    m.externalData.forEach((e, j) => {
      const eat = `${at}.externalData[${j}]`;
      if (!isObject(e)) return fail(`${eat} is not an object`);
      if (typeof e.location !== "string" || !isBareFileName(e.location)) fail(`${eat}.location must be a bare file name`);
      claim(restored, e.location, eat, "restored file");
      checkBlob(e, eat, data.schemaVersion, fail);
      claim(files, e.file, eat, "packed file");
    });
  });
  return data;
}
function checkBlob(b, at, version, fail) {
  const codecs = version === 1 ? ["zstd"] : ["zstd", "onnx-planes"];
  if (!codecs.includes(b.codec)) fail(`${at}.codec ${JSON.stringify(b.codec)} is not supported (expected ${codecs.join(" or ")})`);
  const extension = CODEC_EXTENSION[b.codec];
  if (typeof b.file !== "string" || !isBareFileName(b.file) || b.file.startsWith(".") || !b.file.endsWith(extension)) {
    fail(`${at}.file must be a plain file name ending in ${extension}`);
  }
  checkDigest(b.raw, `${at}.raw`, fail, true);
  checkDigest(b.packed, `${at}.packed`, fail, version < 3);
}
function checkDigest(value, at, fail, sha256Required) {
  if (!isObject(value)) return fail(`${at} must be an object with bytes${sha256Required ? " and sha256" : ""}`);
  if (!Number.isSafeInteger(value.bytes) || value.bytes < 0) fail(`${at}.bytes must be a non-negative integer`);
  if (!sha256Required && value.sha256 === void 0) return;
  if (typeof value.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(value.sha256)) {
    fail(`${at}.sha256 must be 64 lowercase hex digits`);
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function packedModels(dir, manifest) {
  return manifest.models.map((entry) => ({ entry, path: join(dir, entry.file) }));
}

export {
  CODECS,
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  modelNameOf,
  packedFileName,
  isPackedFileName,
  totalPackedBytes,
  readManifest,
  validateManifest,
  packedModels
};
//# sourceMappingURL=chunk-6TX6YZXE.js.map
