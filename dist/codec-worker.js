import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  codecKernel,
  loadZstd,
  planesWasm
} from "./chunk-KO2NYJP4.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";

// src/pack/codecs/onnx-planes/codec-worker.ts
import { readSync, writeSync } from "node:fs";
import { parentPort } from "node:worker_threads";
if (!parentPort) throw new Error("codec-worker.js runs as a worker thread (see workers.ts)");
var port = parentPort;
var kernel = codecKernel(loadZstd(), planesWasm());
var local = new Uint8Array(0);
function readExactly(fd, position, into) {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error(`file ends at byte ${position + done}, inside a block (did it change while being read?)`);
    done += n;
  }
}
var handlers = {
  encode(m) {
    readExactly(m.fd, m.position, m.raw);
    const block = kernel.encodeBlock(m.raw, m.pieces, m.level, m.out);
    if (block.buffer === m.out.buffer) return { length: block.length };
    return { length: block.length, block: block.slice() };
  },
  decode(m) {
    if (local.length < m.framesLength) local = new Uint8Array(m.framesLength);
    const frames = local.subarray(0, m.framesLength);
    readExactly(m.fd, m.framesPosition, frames);
    kernel.decodeBlock(frames, m.pieces, m.packed, m.out, m.label);
    for (let done = 0; m.writeFd !== null && done < m.out.length; ) {
      done += writeSync(m.writeFd, m.out, done, m.out.length - done, m.writePosition + done);
    }
    return {};
  }
};
port.on("message", (m) => {
  try {
    port.postMessage({ id: m.id, ...handlers[m.op](m) });
  } catch (error) {
    port.postMessage({ id: m.id, error: error.message });
  }
});
//# sourceMappingURL=codec-worker.js.map
