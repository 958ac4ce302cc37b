// The codec's worker thread: an entry of its own (build/src/pack/codecs/onnx-planes/codec-worker.js from tsc, dist/codec-worker.js in the
// bundle), started by workers.ts. It reads its block's input from the file itself and, when decoding to a file, writes
// the result itself: the main thread only hashes, in order, the bytes the workers leave in shared memory.
import { readSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { codecKernel } from './kernel.js';
import { planesWasm } from './simd.js';
import { loadZstd } from '../../zstd/binding.js';

if (!parentPort) throw new Error('codec-worker.js runs as a worker thread (see workers.ts)');
const port = parentPort;
const kernel = codecKernel(loadZstd(), planesWasm());

/** Reused buffer for a block's frames. */
let local = new Uint8Array(0);

function readExactly(fd: number, position: number, into: Uint8Array): void {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error(`file ends at byte ${position + done}, inside a block (did it change while being read?)`);
    done += n;
  }
}

const handlers: Record<string, (m: any) => object> = {
  encode(m) {
    readExactly(m.fd, m.position, m.raw);
    const block = kernel.encodeBlock(m.raw, m.pieces, m.level, m.out);
    // Encoded in place unless `out` was too small for the worst case; then the result is copied out of the kernel.
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
  },
};

port.on('message', (m: any) => {
  try {
    port.postMessage({ id: m.id, ...handlers[m.op]!(m) });
  } catch (error) {
    port.postMessage({ id: m.id, error: (error as Error).message });
  }
});
