// NumPy .npy / .npz reading. Only plain numeric arrays: object arrays are pickles, and model-gate
// never unpickles; big-endian and Fortran-ordered arrays are refused rather than silently reordered.

import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { InputError } from '../errors.js';
import { elementCount, formatDims, numericArrayFromLE } from '../onnx/tensor-proto.js';
import type { ElemType, Tensor } from '../types.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"

type ArrayCtor = Parameters<typeof numericArrayFromLE>[0];

/** dtype kind+size (as in '<f4') → element type and storage. */
const DTYPES: Record<string, { elemType: ElemType; ctor: ArrayCtor }> = {
  f2: { elemType: 'float16', ctor: Uint16Array },
  f4: { elemType: 'float32', ctor: Float32Array },
  f8: { elemType: 'float64', ctor: Float64Array },
  i1: { elemType: 'int8', ctor: Int8Array },
  u1: { elemType: 'uint8', ctor: Uint8Array },
  i2: { elemType: 'int16', ctor: Int16Array },
  u2: { elemType: 'uint16', ctor: Uint16Array },
  i4: { elemType: 'int32', ctor: Int32Array },
  u4: { elemType: 'uint32', ctor: Uint32Array },
  i8: { elemType: 'int64', ctor: BigInt64Array },
  u8: { elemType: 'uint64', ctor: BigUint64Array },
  b1: { elemType: 'bool', ctor: Uint8Array },
};

/** Parses a .npy file; `file` names it in errors, `name` becomes the tensor's name. */
export function parseNpy(bytes: Uint8Array, file: string, name = ''): Tensor {
  const fail = (detail: string): never => {
    throw new InputError(`${file}: ${detail}`);
  };
  if (bytes.length < 10 || !MAGIC.every((m, i) => bytes[i] === m)) fail('not a .npy file (no \\x93NUMPY magic)');
  const { header, dataStart } = readHeaderText(bytes, fail);
  const { descr, fortranOrder, shape } = readHeaderDict(header, fail);
  const dtype = resolveDtype(descr, fail);
  // With at most one axis longer than 1 (e.g. any 0-d or 1-d array) both orders are the same layout.
  if (fortranOrder && shape.filter((d) => d > 1).length > 1) {
    fail('is stored in Fortran order (fortran_order: True); save np.ascontiguousarray(arr) instead');
  }
  const count = elementCount(shape, (d) => fail(`array ${d}`));
  const need = count * dtype.ctor.BYTES_PER_ELEMENT;
  const have = bytes.length - dataStart;
  if (have < need) fail(`truncated (shape ${formatDims(shape)} of ${descr} needs ${need} data bytes, ${have} present)`);
  if (have > need) fail(`has ${have - need} unexpected bytes after the array data`);
  return { name, elemType: dtype.elemType, dims: shape, data: numericArrayFromLE(dtype.ctor, bytes.subarray(dataStart), count) };
}

function readHeaderText(bytes: Uint8Array, fail: (d: string) => never): { header: string; dataStart: number } {
  const major = bytes[6]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerStart: number;
  let headerLength: number;
  if (major === 1) {
    headerStart = 10;
    headerLength = view.getUint16(8, true);
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) fail('truncated .npy header');
    headerStart = 12;
    headerLength = view.getUint32(8, true);
  } else {
    return fail(`unsupported .npy format version ${major}.${bytes[7]}`);
  }
  // numpy itself refuses headers over 10 kB by default; a huge one is corruption, not metadata.
  if (headerLength > 1 << 20) fail(`malformed .npy header (declares ${headerLength} bytes)`);
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) fail(`truncated .npy header (declares ${headerLength} bytes, ${bytes.length - headerStart} remain)`);
  const raw = bytes.subarray(headerStart, dataStart);
  // Versions 1 and 2 use latin-1 headers, version 3 UTF-8; numpy itself only ever writes ASCII.
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(raw);
  return { header, dataStart };
}

interface HeaderDict {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
}

function readHeaderDict(header: string, fail: (d: string) => never): HeaderDict {
  let dict: PyValue;
  try {
    dict = parsePyLiteral(header);
  } catch (err) {
    return fail(`malformed .npy header (${(err as Error).message}): ${header.trim()}`);
  }
  if (!(dict instanceof Map)) return fail(`malformed .npy header (not a dict): ${header.trim()}`);
  const descr = dict.get('descr');
  const fortranOrder = dict.get('fortran_order');
  const shape = dict.get('shape');
  if (descr === undefined || fortranOrder === undefined || shape === undefined) {
    fail(`malformed .npy header (needs descr, fortran_order and shape): ${header.trim()}`);
  }
  if (typeof descr !== 'string') return fail('has a structured dtype (record array), which is not supported; save a plain numeric array');
  if (typeof fortranOrder !== 'boolean') return fail('malformed .npy header (fortran_order is not True/False)');
  if (!Array.isArray(shape) || !shape.every((d): d is number => typeof d === 'number')) {
    return fail(`malformed .npy header (shape is not a tuple of integers): ${header.trim()}`);
  }
  return { descr, fortranOrder, shape };
}

function resolveDtype(descr: string, fail: (d: string) => never): { elemType: ElemType; ctor: ArrayCtor } {
  const m = /^([<>|=])([a-zA-Z])(\d*)$/.exec(descr);
  const kind = m?.[2] ?? '';
  if (kind === 'O') fail("holds Python objects (dtype 'O'), which are stored as pickle; model-gate never unpickles — save a numeric array");
  const dtype = m ? DTYPES[kind + m[3]] : undefined;
  if (!m || !dtype) {
    return fail(`has unsupported dtype '${descr}' (supported: float16/32/64, int8/16/32/64, uint8/16/32/64, bool)`);
  }
  const order = m[1];
  if (dtype.ctor.BYTES_PER_ELEMENT > 1 && order !== '<') {
    fail(`has ${order === '>' ? 'big-endian' : 'native-order'} dtype '${descr}'; only little-endian is supported — save arr.astype('<${kind}${m[3]}')`);
  }
  return dtype;
}

/**
 * The most one eval file (.pb, .npy) or one .npz member may hold, and an .npz in all: eval data is a few batches, and a
 * hostile archive must not make model-gate inflate gigabytes before a shape check could refuse them.
 */
export const MAX_EVAL_TENSOR_BYTES = 256 << 20;

/** Compressed bytes handed to the inflater at a time: each step can produce at most ~1000× this before it is checked. */
const NPZ_STEP = 16 << 10;

/**
 * Parses a .npz archive (stored or deflated members) into its arrays, in archive order. Each member's declared size is
 * checked before it is inflated, and inflating stops as soon as a member produces more than it declared: neither memory
 * nor time can be made to grow past the declared sizes (a few MB of deflate can stand for gigabytes of output).
 */
export function parseNpz(bytes: Uint8Array, file: string): Tensor[] {
  const fail = (what: string): never => {
    throw new InputError(`${file}: ${what}`);
  };
  // A zip starts with a local file header, or is empty (only the end-of-central-directory record).
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || !((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) {
    fail('not a readable .npz (zip) archive (no zip signature at its start)');
  }
  const members: Array<{ name: string; data: Uint8Array }> = [];
  let total = 0;
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith('/')) return;
    const declared = entry.originalSize ?? fail(`member "${entry.name}" does not declare its size`);
    total += declared;
    if (declared > MAX_EVAL_TENSOR_BYTES || total > MAX_EVAL_TENSOR_BYTES) {
      fail(`member "${entry.name}" inflates to ${declared} bytes (${total} in all so far), over the ${MAX_EVAL_TENSOR_BYTES}-byte limit for eval data; split it into more test_data_set_N folders`);
    }
    const data = new Uint8Array(declared);
    let filled = 0;
    members.push({ name: entry.name, data });
    entry.ondata = (error, chunk, final) => {
      if (error) throw error;
      if (filled + chunk.length > declared) fail(`member "${entry.name}" inflates to more than the ${declared} bytes it declares`);
      data.set(chunk, filled);
      filled += chunk.length;
      if (final && filled !== declared) fail(`member "${entry.name}" inflates to ${filled} bytes, not the ${declared} it declares`);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length || at === 0; at += NPZ_STEP) unzip.push(bytes.subarray(at, at + NPZ_STEP), at + NPZ_STEP >= bytes.length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${file}: not a readable .npz (zip) archive (${(err as Error).message})`);
  }
  return members.map(({ name, data }) => {
    if (!name.endsWith('.npy')) throw new InputError(`${file}: member "${name}" is not a .npy array`);
    return parseNpy(data, `${file}[${name}]`, name.slice(0, -'.npy'.length));
  });
}

// ---------------------------------------------------------------------------------------------
// The header is a Python literal (a dict of strings, booleans and tuples of ints). A tiny
// recursive-descent parser reads it exactly instead of pattern-matching it.

type PyValue = string | number | boolean | null | PyValue[] | Map<string, PyValue>;

function parsePyLiteral(text: string): PyValue {
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const error = (what: string): never => {
    throw new Error(`${what} at column ${i + 1}`);
  };
  const expect = (ch: string): void => {
    skipSpace();
    if (text[i] !== ch) error(`expected '${ch}'`);
    i++;
  };
  /** Items up to `close`, allowing a trailing comma, as Python does. */
  const items = <T>(close: string, item: () => T): T[] => {
    const out: T[] = [];
    for (;;) {
      skipSpace();
      if (text[i] === close) break;
      out.push(item());
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] !== close) error(`expected ',' or '${close}'`);
    }
    i++;
    return out;
  };
  const value = (): PyValue => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') {
      i++;
      return new Map(
        items('}', () => {
          const key = value();
          if (typeof key !== 'string') error('dict key is not a string');
          expect(':');
          return [key as string, value()] as const;
        }),
      );
    }
    if (ch === '(' || ch === '[') {
      i++;
      return items(ch === '(' ? ')' : ']', value);
    }
    if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) error('unterminated string');
      const s = text.slice(i + 1, end);
      i = end + 1;
      return s;
    }
    const word = /^(-?\d+)L?|^(True|False|None)/.exec(text.slice(i));
    if (!word) return error('unexpected character');
    i += word[0].length;
    if (word[1] !== undefined) return Number(word[1]);
    return word[2] === 'None' ? null : word[2] === 'True';
  };
  const result = value();
  skipSpace();
  if (i < text.length) error('unexpected text after the dict');
  return result;
}
