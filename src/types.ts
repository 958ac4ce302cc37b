// Typed data that flows between the pipeline stages. Stages import from here, never from each other's internals.

/** Element types, spelled as onnxruntime-node spells them (so a Tensor can go straight into `new ort.Tensor`). */
export const ELEM_TYPES = [
  'float32',
  'float16',
  'bfloat16',
  'float64',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'bool',
  'string',
  'complex64',
  'complex128',
  'float8e4m3fn',
  'float8e4m3fnuz',
  'float8e5m2',
  'float8e5m2fnuz',
  'uint4',
  'int4',
  'float4e2m1',
  'float8e8m0',
  'uint2',
  'int2',
  'undefined',
] as const;
export type ElemType = (typeof ELEM_TYPES)[number];

/** A graph input or output as the protobuf declares it. */
export interface ValueInfo {
  name: string;
  /** `null` when the value is not a tensor (sequence, map, optional). */
  elemType: ElemType | null;
  /** One entry per axis: a fixed size, a symbolic name (`"N"`), or null when unknown. `null` when the rank is unknown. */
  shape: Array<number | string | null> | null;
}

export interface OpsetImport {
  domain: string;
  version: number;
}

/** What model-gate reads from an ONNX ModelProto without loading the weights. */
export interface ModelInfo {
  irVersion: number;
  opsetImports: OpsetImport[];
  producerName: string;
  producerVersion: string;
  domain: string;
  modelVersion: number;
  docString: string;
  graphName: string;
  /** Graph inputs that are not initializers (what a caller must feed). */
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  initializerCount: number;
  /** Sum of the payload bytes of the initializers (raw_data or typed fields). */
  initializerBytes: number;
}

export type TensorArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | string[];

/** A dense tensor in memory. float16/bfloat16 data is kept as raw Uint16Array bits; bool as Uint8Array. */
export interface Tensor {
  name: string;
  elemType: ElemType;
  dims: number[];
  data: TensorArray;
}

/** One eval sample set: a test_data_set_* folder, or the eval folder itself in the numpy layout. */
export interface EvalSet {
  /** e.g. "test_data_set_0" */
  id: string;
  dir: string;
  /** Input tensors in file order (input_0, input_1, …); `name` is the tensor's own name, may be "". */
  inputs: Array<Tensor & { file: string }>;
  /** Reference outputs (output_N.pb / .npy), possibly empty. */
  references: Array<Tensor & { file: string }>;
  /** Labels (labels.pb / labels.npy / labels.json), when present. */
  labels: (Tensor & { file: string }) | null;
}

/** Tensors by the model value (input or output) name they bind to; each tensor's `name` is that name. */
export type Bound<T extends Tensor = Tensor> = Map<string, T>;
