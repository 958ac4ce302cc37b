// Where a variant's tensors go. A model with its weights inline gets a variant with its weights inline. A model whose
// weights are in external data files (every model over 2 GB) gets a variant whose weights are in one data file beside
// it: each converted tensor is appended as soon as it is made, and each external tensor the variant keeps is copied
// through a bounded buffer, so neither the model nor its variant is ever whole in memory and a variant may exceed 2 GB.
import { closeSync, constants, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { DATA_LOCATION_EXTERNAL, dataTypeFromElemType, encodeTensorProto, littleEndianBytes, TensorField } from '../onnx/tensor-proto.js';
import { type ExternalTensor, tensorBytes } from '../onnx/tensors.js';
import { WireWriter } from '../onnx/wire.js';
import type { Tensor } from '../types.js';

/** Tensors of fewer bytes stay inline in the .onnx, as with onnx's save_model (size_threshold=1024). */
export const INLINE_MAX_BYTES = 1024;
/**
 * Tensors of at least 1 MiB start at a multiple of 4096 bytes, as onnxruntime's own external-data writer places them
 * (align_threshold 1 MiB, on_disk_alignment_factor 4096), so onnxruntime can map them from the file.
 */
const ALIGN_FROM_BYTES = 1 << 20;
const ALIGNMENT = 4096;
/** External tensors the variant keeps as they are are copied through a buffer of this size. */
const COPY_CHUNK_BYTES = 8 << 20;
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A tensor of the variant: its encoded TensorProto (data inline, or a reference into the data file). */
export interface StoredTensor {
  name: string;
  dataType: number;
  dims: number[];
  proto: Uint8Array;
}

export class TensorStore {
  private fd: number | null = null;
  private end = 0;

  /** `dataPath`: the variant's external data file (bare name beside its .onnx), or null to keep every tensor inline. */
  private constructor(private readonly dataPath: string | null) {}

  static inline(): TensorStore {
    return new TensorStore(null);
  }

  /** A store writing to `dataPath`, which is created anew (never through a link). */
  static external(dataPath: string): TensorStore {
    rmSync(dataPath, { force: true });
    const store = new TensorStore(dataPath);
    store.fd = openSync(dataPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    return store;
  }

  /** The data file's name as the variant's tensors give it (external_data "location"), or null when all is inline. */
  get location(): string | null {
    return this.dataPath === null ? null : this.dataPath.slice(dirname(this.dataPath).length + 1);
  }

  /** A converted tensor: inline when small or when the store is inline, else appended to the data file. */
  put(t: Tensor): StoredTensor {
    const dataType = dataTypeFromElemType(t.elemType);
    if (Array.isArray(t.data) || t.data.byteLength < INLINE_MAX_BYTES || this.fd === null) return { name: t.name, dataType, dims: t.dims, proto: encodeTensorProto(t) };
    const bytes = littleEndianBytes(t.data);
    const offset = this.reserve(bytes.length);
    writeAll(this.fd, bytes, offset);
    return { name: t.name, dataType, dims: t.dims, proto: externalProto(t.name, dataType, t.dims, this.location!, offset, bytes.length) };
  }

  /**
   * An external tensor of the original (`modelPath`'s, already validated by checkExternalData) the variant keeps as it
   * is: copied into the data file a chunk at a time, or inline when small.
   */
  copy(name: string, e: ExternalTensor, modelPath: string): StoredTensor {
    const length = byteLength(e);
    const from = openSync(join(dirname(modelPath), e.location), READ_FLAGS);
    try {
      if (length < INLINE_MAX_BYTES || this.fd === null) {
        const bytes = new Uint8Array(length);
        readAll(from, bytes, e.offset, modelPath, e);
        return { name, dataType: e.dataType, dims: e.dims, proto: inlineProto(name, e.dataType, e.dims, bytes) };
      }
      const offset = this.reserve(length);
      const chunk = new Uint8Array(Math.min(length, COPY_CHUNK_BYTES));
      for (let done = 0; done < length; done += chunk.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, length - done));
        readAll(from, part, e.offset + done, modelPath, e);
        writeAll(this.fd, part, offset + done);
      }
      return { name, dataType: e.dataType, dims: e.dims, proto: externalProto(name, e.dataType, e.dims, this.location!, offset, length) };
    } finally {
      closeSync(from);
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Closes and removes the data file: the variant was not built. */
  discard(): void {
    this.close();
    if (this.dataPath !== null) rmSync(this.dataPath, { force: true });
  }

  /** Where the next tensor of `length` bytes goes: the end of the file, aligned when the tensor is large. */
  private reserve(length: number): number {
    const offset = length >= ALIGN_FROM_BYTES ? Math.ceil(this.end / ALIGNMENT) * ALIGNMENT : this.end;
    this.end = offset + length;
    return offset;
  }
}

/**
 * The float32 values of an external tensor of the model at `modelPath` (its reference already validated by
 * checkExternalData): one tensor read into memory, never the file.
 */
export function readExternalFloat32(e: ExternalTensor, modelPath: string): Float32Array {
  const out = new Float32Array(byteLength(e) / 4);
  const bytes = new Uint8Array(out.buffer);
  const fd = openSync(join(dirname(modelPath), e.location), READ_FLAGS);
  try {
    readAll(fd, bytes, e.offset, modelPath, e);
  } finally {
    closeSync(fd);
  }
  if (!LITTLE_ENDIAN_HOST) for (let i = 0; i < bytes.length; i += 4) bytes.subarray(i, i + 4).reverse();
  return out;
}

/** external_data "length", or (when absent) what the shape and type need: checkExternalData made them agree. */
const byteLength = (e: ExternalTensor): number => e.length ?? tensorBytes(e.dataType, e.dims) ?? 0;

function readAll(fd: number, into: Uint8Array, position: number, modelPath: string, e: ExternalTensor): void {
  for (let filled = 0; filled < into.length; ) {
    const n = readSync(fd, into, filled, into.length - filled, position + filled);
    if (n === 0) throw new InputError(`${modelPath}: tensor "${e.name}": ${e.location} ended before its data did (it shrank while being read)`);
    filled += n;
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** TensorProto fields in protoc's order: dims, data_type, name, then the data. */
function protoHead(name: string, dataType: number, dims: readonly number[]): WireWriter {
  const w = new WireWriter();
  for (const d of dims) w.varint(TensorField.dims, d);
  return w.varint(TensorField.dataType, dataType).string(TensorField.name, name);
}

function inlineProto(name: string, dataType: number, dims: readonly number[], bytes: Uint8Array): Uint8Array {
  return protoHead(name, dataType, dims).bytes(TensorField.rawData, bytes).finish();
}

function externalProto(name: string, dataType: number, dims: readonly number[], location: string, offset: number, length: number): Uint8Array {
  const w = protoHead(name, dataType, dims);
  for (const [key, value] of [['location', location], ['offset', String(offset)], ['length', String(length)]] as const) {
    w.bytes(TensorField.externalData, new WireWriter().string(1, key).string(2, value).finish());
  }
  return w.varint(TensorField.dataLocation, DATA_LOCATION_EXTERNAL).finish();
}
