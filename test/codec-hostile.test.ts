// A downloaded onnx-planes pack is hostile until verified: every tampering below must end in one InputError naming the
// packed file, before anything is trusted, with nothing left in the output folder.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadZstd } from '../src/pack/zstd/binding.js';
import { InputError } from '../src/errors.js';
import { HEADER_BYTES, MAX_BLOCK_SIZE } from '../src/pack/codecs/onnx-planes/container.js';
import { packModels } from '../src/pack/pack.js';
import { mainKernel } from '../src/pack/codecs/onnx-planes/planes.js';
import { unpack } from '../src/pack/unpack.js';
import { decompressToBuffer } from '../src/pack/codecs/registry.js';
import { sha256, smallSynthetic } from './codec-support.js';
import { run, scratch } from './helpers.js';

const PACKED = 'w.onnx.planes';
const BLOCK = 4 << 10;

interface Frame {
  /** Offset of the frame in the packed file. */
  at: number;
  length: number;
  /** Where the block's header sits, and how many streams it lists. */
  block: { at: number; streams: number };
  index: number;
}

/** The frames of a planes file, found by walking its block headers (the test trusts its own packs). */
function frames(file: Buffer): Frame[] {
  const tablePacked = file.readUInt32LE(32);
  const blockCount = file.readUInt32LE(36);
  const out: Frame[] = [];
  let at = HEADER_BYTES + tablePacked;
  for (let b = 0; b < blockCount; b++) {
    // Every block of this synthetic model holds pass-through bytes or f32 planes; count the lengths up to the CRC.
    let streams = 0;
    const lengths: number[] = [];
    for (;;) {
      const value = file.readUInt32LE(at + 4 + 4 * streams);
      if (value === mainKernel.crc32(file.subarray(at, at + 4 + 4 * streams))) break;
      lengths.push(value);
      streams++;
    }
    let frame = at + 8 + 4 * streams;
    lengths.forEach((length, index) => {
      out.push({ at: frame, length, block: { at, streams }, index });
      frame += length;
    });
    at = frame;
  }
  return out;
}

/** Rewrites a block header's packed length for stream `index` and its CRC. */
function setFrameLength(file: Buffer, f: Frame, length: number): void {
  file.writeUInt32LE(length, f.block.at + 4 + 4 * f.index);
  const end = f.block.at + 4 + 4 * f.block.streams;
  file.writeUInt32LE(mainKernel.crc32(file.subarray(f.block.at, end)), end);
}

/** Replaces one frame by other bytes, fixing the block header so that only the frame itself is wrong. */
function replaceFrame(file: Buffer, f: Frame, bytes: Uint8Array): Buffer {
  const out = Buffer.concat([file.subarray(0, f.at), bytes, file.subarray(f.at + f.length)]);
  setFrameLength(out, f, bytes.length);
  return out;
}

type Manifest = { models: Array<{ raw: { bytes: number; sha256: string }; packed: { bytes: number; sha256: string }; codec: string }> };

async function tampered(edit: (file: Buffer, manifest: Manifest) => Buffer | void, syncPacked = true) {
  const dir = await scratch();
  const model = await smallSynthetic(dir, 'w', 'float32', 1500);
  const pack = join(dir, 'pack');
  await packModels({ models: [model], outDir: pack, level: 3, threads: 2, codec: 'onnx-planes', blockSize: BLOCK });
  const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8')) as Manifest;
  const file = await readFile(join(pack, PACKED));
  const changed = edit(file, manifest) ?? file;
  if (syncPacked) manifest.models[0]!.packed = { bytes: changed.length, sha256: sha256(changed) };
  await writeFile(join(pack, PACKED), changed);
  await writeFile(join(pack, 'manifest.json'), JSON.stringify(manifest));
  const out = join(dir, 'out');
  await mkdir(out);
  return { pack, out };
}

async function refused(edit: (file: Buffer, manifest: Manifest) => Buffer | void, message: RegExp, syncPacked = true) {
  const { pack, out } = await tampered(edit, syncPacked);
  await assert.rejects(unpack(pack, out), (e: Error) => {
    assert.ok(e instanceof InputError, String(e));
    assert.match(e.message, new RegExp(`${PACKED}: `));
    assert.match(e.message, message);
    return true;
  });
  assert.deepEqual(await readdir(out), [], 'no file, not even a temporary one, may remain');
}

describe('unpack refuses a tampered onnx-planes pack', () => {
  test('an untouched pack restores (the baseline for the cases below)', async () => {
    const { pack, out } = await tampered(() => {});
    assert.equal((await unpack(pack, out)).length, 1);
  });

  test('truncated, with the manifest still giving the old size', () => refused((f) => f.subarray(0, f.length - 10), /is \d+ bytes but the manifest says/, false));
  test('truncated inside a block, with a matching manifest', () => refused((f) => f.subarray(0, frames(f)[5]!.at + 7), /truncated/));
  test('truncated inside the container header', () => refused((f) => f.subarray(0, 20), /too short to be an onnx-planes container/));
  test('a bit flipped inside a frame', () =>
    refused((f) => {
      const fr = frames(f)[6]!;
      f[fr.at + Math.floor(fr.length / 2)]! ^= 0x04;
    }, /block \d+, f32 plane \d+, is corrupt|Restored data doesn't match checksum|checksum/i));
  test('a bit flipped in a block header', () => refused((f) => void (f[frames(f)[3]!.block.at + 1]! ^= 0x01), /corrupt header \(CRC-32 mismatch\)/));
  test('a bit flipped in the container header', () => refused((f) => void (f[13]! ^= 0x01), /corrupt onnx-planes header \(CRC-32 mismatch\)/));
  test('trailing garbage after the last block', () => refused((f) => Buffer.concat([f, Buffer.from('garbage')]), /7 bytes after its last block/));
  test('a manifest lying about the restored size', () => refused((_f, m) => void (m.models[0]!.raw.bytes -= 1), /declares \d+ restored bytes but the manifest says/));
  test('a manifest whose sha256 does not match', () => refused((_f, m) => void (m.models[0]!.raw.sha256 = 'ab'.repeat(32)), /decompressed content has sha256 .* the manifest says abab/));
  test('a manifest naming the other codec for the file', async () => {
    const { pack, out } = await tampered(() => {});
    const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8'));
    Object.assign(manifest.models[0], { codec: 'zstd', file: 'w.onnx.zst' });
    await writeFile(join(pack, 'manifest.json'), JSON.stringify(manifest));
    await rename(join(pack, PACKED), join(pack, 'w.onnx.zst'));
    await assert.rejects(unpack(pack, out), /w\.onnx\.zst: is an onnx-planes container but the manifest says codec zstd/);
    assert.deepEqual(await readdir(out), []);
  });

  test('a block declaring more bytes than blocks hold', () =>
    refused((f) => {
      const { at, streams } = frames(f)[0]!.block;
      f.writeUInt32LE(BLOCK + 1, at);
      f.writeUInt32LE(mainKernel.crc32(f.subarray(at, at + 4 + 4 * streams)), at + 4 + 4 * streams);
    }, new RegExp(`declares ${BLOCK + 1} bytes \\(blocks hold 1 to ${BLOCK}\\)`)));

  test('a header declaring blocks over the 64 MiB limit (a reader would allocate that per block)', () =>
    refused((f) => {
      f.writeUInt32LE(MAX_BLOCK_SIZE + 1, 12);
      f.writeUInt32LE(mainKernel.crc32(f.subarray(0, 40)), 40);
    }, new RegExp(`declares blocks of ${MAX_BLOCK_SIZE + 1} bytes \\(at most ${MAX_BLOCK_SIZE} allowed\\)`)));

  test('a header declaring an absurd number of segments', () =>
    refused((f) => {
      f.writeUInt32LE(0x7fffffff, 24);
      f.writeUInt32LE(mainKernel.crc32(f.subarray(0, 40)), 40);
    }, /declares 2147483647 segments/));

  test('a frame declaring a huge size (a bomb)', async () => {
    const dir = await scratch();
    const big = join(dir, 'zeros');
    await writeFile(big, Buffer.alloc(4 << 20));
    assert.equal((await run('zstd', ['-q', '-19', big, '-o', `${big}.zst`])).code, 0);
    const bomb = await readFile(`${big}.zst`);
    await refused((f) => replaceFrame(f, frames(f)[2]!, bomb), /declaring 4194304 bytes where \d+ are expected/);
  });

  test('a frame that does not declare its size', async () => {
    const dir = await scratch();
    const data = join(dir, 'data');
    await writeFile(data, Buffer.alloc(2000, 7));
    assert.equal((await run('zstd', ['-q', '--no-content-size', data, '-o', `${data}.zst`])).code, 0);
    const frame = await readFile(`${data}.zst`);
    await refused((f) => replaceFrame(f, frames(f)[2]!, frame), /does not declare its content size/);
  });

  test('a frame asking for a window beyond the limit', () =>
    refused((f) => {
      const fr = frames(f)[2]!;
      const declared = loadZstd().frameContentSize(f.subarray(fr.at, fr.at + fr.length))!;
      // magic, descriptor (4-byte content size, checksum, not single-segment), window 2^30, the same content size
      const header = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x84, (30 - 10) << 3, 0, 0, 0, 0]);
      header.writeUInt32LE(declared, 6);
      return replaceFrame(f, fr, Buffer.concat([header, Buffer.alloc(16)]));
    }, /asking a 1073741824-byte window/));

  test('a skippable frame where a data frame belongs', () =>
    refused((f) => {
      const fr = frames(f)[2]!;
      const skippable = Buffer.concat([Buffer.from([0x50, 0x2a, 0x4d, 0x18, 4, 0, 0, 0]), Buffer.alloc(4)]);
      return replaceFrame(f, fr, Buffer.concat([skippable, f.subarray(fr.at, fr.at + fr.length)]));
    }, /skippable zstd frame/));

  test('a manifest declaring more than a model in memory can hold is refused before anything is allocated', async () => {
    const { pack } = await tampered(() => {});
    const m = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8')).models[0];
    await assert.rejects(decompressToBuffer(join(pack, PACKED), { ...m, raw: { ...m.raw, bytes: 3e9 } }), /declares 3000000000 bytes, more than a model loaded from memory can have/);
  });

  test('a second frame appended inside a stream', () =>
    refused((f) => {
      const fr = frames(f)[2]!;
      const frame = f.subarray(fr.at, fr.at + fr.length);
      return replaceFrame(f, fr, Buffer.concat([frame, frame]));
    }, /bytes after its zstd frame/));
});
