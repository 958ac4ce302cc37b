// Writes large synthetic ONNX models for the benchmarks and tests: Y = MatMul(X, Cast(W)) with W a [rows, cols]
// initializer of normally distributed weights (std 0.02, like trained layers), streamed to disk so a 1 GB model never
// sits in memory; optionally with W in an external data file.
import { type FileHandle, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type WeightType = 'float32' | 'float16' | 'bfloat16';
const DATA_TYPE: Record<WeightType, number> = { float32: 1, float16: 10, bfloat16: 16 };
const ELEMENT_BYTES: Record<WeightType, number> = { float32: 4, float16: 2, bfloat16: 2 };

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
const key = (field: number, wire: number) => varint(field * 8 + wire);
const intField = (field: number, value: number) => [...key(field, 0), ...varint(value)];
const bytesField = (field: number, bytes: Uint8Array | number[]) => [...key(field, 2), ...varint(bytes.length), ...bytes];
const text = (s: string) => [...Buffer.from(s, 'utf8')];
/** Header of a length-delimited field whose payload (of `length` bytes) the caller writes next. */
const openField = (field: number, length: number) => [...key(field, 2), ...varint(length)];

function valueInfo(name: string, dims: Array<number | string>): number[] {
  const dim = dims.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : bytesField(2, text(d))));
  const tensorType = [...intField(1, 1), ...bytesField(2, dim.flat())];
  return [...bytesField(1, text(name)), ...bytesField(2, bytesField(1, tensorType))];
}

/** mulberry32 + Box–Muller: the same weights on every run. */
export function normalSource(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** float32 → float16 bits, round to nearest even (normal range only: weights of std 0.02 never overflow). */
function toHalf(x: number): number {
  f32[0] = x;
  const bits = u32[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exp = ((bits >>> 23) & 0xff) - 127 + 15;
  const mant = bits & 0x7fffff;
  if (exp <= 0) {
    if (exp < -10) return sign;
    const m = mant | 0x800000;
    const shift = 14 - exp;
    const half = m >>> shift;
    const rest = m & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (half + (rest > mid || (rest === mid && half & 1) ? 1 : 0));
  }
  let h = sign | (exp << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && h & 1)) h++;
  return h;
}
/** float32 → bfloat16 bits, round to nearest even. */
function toBfloat(x: number): number {
  f32[0] = x;
  const bits = u32[0]!;
  return ((bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16) & 0xffff;
}

export interface SyntheticModel {
  path: string;
  rows: number;
  cols: number;
  type: WeightType;
  bytes: number;
}

export interface SyntheticOptions {
  seed?: number;
  /**
   * Keep the weights in this file beside the model (ONNX external data, as models over 2 GB must) instead of inside
   * it; `bytes` then counts both files.
   */
  externalData?: string;
  /** Columns of W (default 1024); small values make small test models. */
  cols?: number;
}

/** Writes the model; `targetBytes` sets the weight payload size (rounded to whole rows of `cols`). */
export async function writeSyntheticModel(path: string, targetBytes: number, type: WeightType, options: SyntheticOptions = {}): Promise<SyntheticModel> {
  const cols = options.cols ?? 1024;
  const rows = Math.max(1, Math.round(targetBytes / ELEMENT_BYTES[type] / cols));
  const payload = rows * cols * ELEMENT_BYTES[type];
  const nodes = [
    ...bytesField(1, [...bytesField(1, text('W')), ...bytesField(2, text('W_float')), ...bytesField(4, text('Cast')), ...bytesField(5, [...bytesField(1, text('to')), ...intField(20, 2), ...intField(3, 1)])]),
    ...bytesField(1, [...bytesField(1, text('X')), ...bytesField(1, text('W_float')), ...bytesField(2, text('Y')), ...bytesField(4, text('MatMul'))]),
  ];
  const dims = [...intField(1, rows), ...intField(1, cols), ...intField(2, DATA_TYPE[type]), ...bytesField(8, text('W'))];
  const entry = (key: string, value: string) => bytesField(13, [...bytesField(1, text(key)), ...bytesField(2, text(value))]);
  // External data: the TensorProto says where the bytes are (location, offset, length) and sets data_location.
  const tensorHead = options.externalData
    ? [...dims, ...entry('location', options.externalData), ...entry('offset', '0'), ...entry('length', String(payload)), ...intField(14, 1)]
    : [...dims, ...openField(9, payload)];
  const inline = options.externalData ? 0 : payload;
  const initializer = openField(5, tensorHead.length + inline);
  const graphHead = [...nodes, ...bytesField(2, text('synthetic')), ...bytesField(11, valueInfo('X', ['N', rows])), ...bytesField(12, valueInfo('Y', ['N', cols])), ...initializer, ...tensorHead];
  const head = [...intField(1, 8), ...bytesField(2, text('model-gate-bench')), ...bytesField(8, intField(2, 17)), ...openField(7, graphHead.length + inline), ...graphHead];

  const file = await open(path, 'w');
  try {
    await file.write(Uint8Array.from(head));
    if (options.externalData) {
      const data = await open(join(dirname(path), options.externalData), 'w');
      try {
        await writeWeights(data, rows * cols, type, options.seed ?? 1);
      } finally {
        await data.close();
      }
    } else {
      await writeWeights(file, rows * cols, type, options.seed ?? 1);
    }
  } finally {
    await file.close();
  }
  return { path, rows, cols, type, bytes: head.length + payload };
}

/** Streams `count` normally distributed weights (std 0.02) to `file`, a chunk at a time. */
async function writeWeights(file: FileHandle, count: number, type: WeightType, seed: number): Promise<void> {
  const next = normalSource(seed);
  const chunkElements = 1 << 20;
  const buf = Buffer.allocUnsafe(chunkElements * ELEMENT_BYTES[type]);
  for (let done = 0; done < count; ) {
    const n = Math.min(chunkElements, count - done);
    for (let i = 0; i < n; i++) {
      const w = 0.02 * next();
      if (type === 'float32') buf.writeFloatLE(w, i * 4);
      else buf.writeUInt16LE(type === 'float16' ? toHalf(w) : toBfloat(w), i * 2);
    }
    await file.write(buf.subarray(0, n * ELEMENT_BYTES[type]));
    done += n;
  }
}
