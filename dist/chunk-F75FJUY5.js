import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  BufferOutput,
  MAGIC,
  openUntrusted
} from "./chunk-RX5XW64D.js";
import {
  InputError,
  oneOf
} from "./chunk-4WKGVMNP.js";

// src/pack/codecs/registry.ts
var CODECS = {
  zstd: {
    extension: ".zst",
    magic: Uint8Array.of(40, 181, 47, 253),
    what: "a plain zstd frame",
    text: "one standard frame, readable by any `zstd -d`",
    since: 1,
    floatRuns: false,
    auto: true,
    load: () => import("./zstd-EGPI4722.js")
  },
  "onnx-planes": {
    extension: ".planes",
    magic: MAGIC,
    what: "an onnx-planes container",
    text: "float tensors split into byte planes, then zstd; see docs/FORMAT.md",
    since: 2,
    floatRuns: true,
    auto: true,
    load: () => import("./planes-GOFJ4AZX.js")
  }
};
var CODEC_NAMES = Object.keys(CODECS);
var AUTO_CODECS = CODEC_NAMES.filter((c) => CODECS[c].auto);
var CODEC_REQUESTS = ["auto", ...CODEC_NAMES];
function parseCodecRequest(value, source) {
  return oneOf(value, CODEC_REQUESTS, source);
}
async function decompressAny(packedPath, expected, output) {
  const codec = codecOf(packedPath, await firstBytes(packedPath), expected.codec);
  await (await CODECS[codec].load()).decode(packedPath, expected, output);
}
var MAX_IN_MEMORY = 2 ** 31 - 1;
async function decompressToBuffer(packedPath, expected) {
  if (expected.raw.bytes > MAX_IN_MEMORY) {
    throw new InputError(`${packedPath}: declares ${expected.raw.bytes} bytes, more than a model loaded from memory can have (2 GiB)`);
  }
  const output = new BufferOutput(expected.raw.bytes);
  await decompressAny(packedPath, expected, output);
  return output.buffer;
}
var MAGIC_BYTES = Math.max(...CODEC_NAMES.map((c) => CODECS[c].magic.length));
async function firstBytes(packedPath) {
  let opened;
  try {
    opened = await openUntrusted(packedPath, "packed file");
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`${packedPath}: packed file not found or unreadable`);
  }
  try {
    const head = Buffer.alloc(MAGIC_BYTES);
    const { bytesRead } = await opened.handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await opened.handle.close();
  }
}
function codecOf(packedPath, head, named) {
  const begins = (c) => CODECS[c].magic.every((b, i) => head[i] === b);
  if (named !== void 0 && begins(named)) return named;
  const found = CODEC_NAMES.find(begins);
  if (found !== void 0 && named === void 0) return found;
  if (found !== void 0) throw new InputError(`${packedPath}: is ${CODECS[found].what} but the manifest says codec ${named}`);
  const start = head.length === 0 ? "is empty" : `begins with ${hex(head)}`;
  const expected = (named === void 0 ? CODEC_NAMES : [named]).map((c) => `${hex(CODECS[c].magic)} (${c})`).join(" or ");
  throw new InputError(`${packedPath}: ${start}, where a packed file begins with ${expected}`);
}
function hex(bytes) {
  return Buffer.from(bytes).toString("hex").replace(/(..)(?!$)/g, "$1 ");
}

// src/variants/kinds.ts
var VARIANT_KINDS = ["fp16", "int8", "int4"];
var VARIANT_IDS = ["original", ...VARIANT_KINDS];
var VARIANT_PUBLISH = ["original", "best"];

export {
  CODECS,
  CODEC_NAMES,
  AUTO_CODECS,
  CODEC_REQUESTS,
  parseCodecRequest,
  decompressAny,
  decompressToBuffer,
  VARIANT_KINDS,
  VARIANT_IDS,
  VARIANT_PUBLISH
};
//# sourceMappingURL=chunk-F75FJUY5.js.map
