// Eval data on disk → EvalSet[]. Binding a set's tensors to a model's inputs is in binding.ts.
//
// Layouts (labels belong to the set folder they are in):
//   model zoo:  dir/test_data_set_N/{input_K.pb, output_K.pb, labels.*}
//   numpy:      the same files as .npy, or inputs.npz / outputs.npz, either in test_data_set_N
//               folders or directly in dir (then dir is the one set).

import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, fileError } from '../errors.js';
import { decodeTensorProto } from '../onnx/tensor-proto.js';
import type { EvalSet, Tensor } from '../types.js';
import { readUntrusted } from '../util/fs.js';
import { MAX_EVAL_TENSOR_BYTES, parseNpy, parseNpz } from './npy.js';

type FileTensor = Tensor & { file: string };

const SET_DIR = /^test_data_set_(\d+)$/;
const LABEL_FILES = ['labels.pb', 'labels.npy', 'labels.json'];
const LAYOUTS_LOOKED_FOR =
  'looked for test_data_set_N/ folders (model zoo layout) and input_N.pb / input_N.npy / inputs.npz files (numpy layout)';

/** Loads every eval set under `dir`, in set-number order. */
export async function loadEvalData(dir: string): Promise<EvalSet[]> {
  await requireDirectory(dir);
  const entries = await listDir(dir);
  const setDirs = entries
    .filter((e) => SET_DIR.test(e.name))
    .sort((a, b) => Number(SET_DIR.exec(a.name)![1]) - Number(SET_DIR.exec(b.name)![1]));
  const sets: EvalSet[] = [];
  for (const entry of setDirs) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) throw new InputError(`${path}: is a symbolic link; model-gate reads only real folders and files`);
    if (!entry.isDirectory()) continue;
    const set = await loadSet(path, entry.name);
    if (!set) throw new InputError(`${path}: has no inputs (expected input_0.pb, input_0.npy or inputs.npz)`);
    sets.push(set);
  }
  if (sets.length > 0) return sets;
  const single = await loadSet(dir, basename(dir));
  if (!single) throw new InputError(`${dir}: no eval sets found (${LAYOUTS_LOOKED_FOR})`);
  return [single];
}

/** Where each model's eval data is, in an eval-data folder that may hold a subfolder per model. */
interface EvalSources {
  /** The folder itself when sets or files stand directly in it: the data of every model without its own. */
  shared: string | null;
  /** `<dir>/<model>` by model name, for the models that have one. */
  models: Map<string, string>;
}

/**
 * Reads what `dir` holds: `test_data_set_*` folders and eval files directly in it are the shared data; a subfolder named
 * after one of `modelNames` is that model's own (in any layout loadEvalData reads). Any other subfolder is refused, naming
 * it: a misspelt model name must not fall back to the shared data. Nothing is loaded here.
 */
export async function findEvalSources(dir: string, modelNames: readonly string[]): Promise<EvalSources> {
  await requireDirectory(dir);
  const entries = await listDir(dir);
  const models = new Map<string, string>();
  let sets = false;
  for (const e of entries) {
    if (!e.isDirectory() && !e.isSymbolicLink()) continue;
    const path = join(dir, e.name);
    if (SET_DIR.test(e.name)) sets = true;
    else if (modelNames.includes(e.name)) {
      if (e.isSymbolicLink()) throw new InputError(`${path}: is a symbolic link; model-gate reads only real folders and files`);
      models.set(e.name, path);
    } else if (e.isDirectory()) {
      throw new InputError(`${path}: is neither an eval set (test_data_set_N) nor the eval data of a model (${modelNames.join(', ') || 'no models'}); name the folder after its model`);
    }
  }
  const files = classify(dir, entries);
  const shared = sets || files.inputs.size > 0 || files.inputsNpz !== null ? dir : null;
  if (!shared && models.size === 0) throw new InputError(`${dir}: no eval sets found (${LAYOUTS_LOOKED_FOR}, or a folder per model)`);
  return { shared, models };
}

async function requireDirectory(dir: string): Promise<void> {
  let info;
  try {
    info = await lstat(dir);
  } catch (err) {
    throw (err as NodeJS.ErrnoException).code === 'ENOENT' ? new InputError(`${dir}: eval data directory does not exist`) : fileError(dir, err);
  }
  if (info.isSymbolicLink()) throw new InputError(`${dir}: eval data directory is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${dir}: eval data path is not a directory`);
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw fileError(dir, err);
  }
}

/** The files of one set folder, by role. */
interface SetFiles {
  inputs: NumberedFiles;
  outputs: NumberedFiles;
  inputsNpz: string | null;
  outputsNpz: string | null;
  labels: string[];
}

/** input_K / output_K files by K. */
type NumberedFiles = Map<number, string>;

function classify(dir: string, entries: Dirent[]): SetFiles {
  const files: SetFiles = { inputs: new Map(), outputs: new Map(), inputsNpz: null, outputsNpz: null, labels: [] };
  for (const e of entries) {
    const numbered = /^(input|output)_(\d+)\.(pb|npy)$/.exec(e.name);
    if (numbered) {
      const list = numbered[1] === 'input' ? files.inputs : files.outputs;
      const index = Number(numbered[2]);
      const clash = list.get(index);
      if (clash) throw new InputError(`${dir}: both ${clash} and ${e.name} claim position ${index}`);
      list.set(index, e.name);
    } else if (e.name === 'inputs.npz') files.inputsNpz = e.name;
    else if (e.name === 'outputs.npz') files.outputsNpz = e.name;
    else if (LABEL_FILES.includes(e.name)) files.labels.push(e.name);
  }
  return files;
}

/** Loads one set folder; null when it holds no inputs at all. */
async function loadSet(dir: string, id: string): Promise<EvalSet | null> {
  const entries = await listDir(dir);
  const files = classify(dir, entries);
  if (files.inputs.size === 0 && !files.inputsNpz) return null;
  const symlink = entries.find((e) => e.isSymbolicLink() && isEvalFile(files, e.name));
  if (symlink) throw new InputError(`${join(dir, symlink.name)}: is a symbolic link; model-gate reads only regular files`);

  checkNumbering(dir, 'input', files.inputs, files.inputsNpz);
  checkNumbering(dir, 'output', files.outputs, files.outputsNpz);
  if (files.labels.length > 1) {
    throw new InputError(`${dir}: has more than one labels file (${files.labels.sort().join(', ')}); keep one`);
  }
  const inputs = await readNumbered(dir, files.inputs, files.inputsNpz);
  if (inputs.length === 0) throw new InputError(`${join(dir, files.inputsNpz!)}: holds no arrays`);
  return {
    id,
    dir,
    inputs,
    references: await readNumbered(dir, files.outputs, files.outputsNpz),
    labels: files.labels[0] ? await readLabels(join(dir, files.labels[0])) : null,
  };
}

function isEvalFile(files: SetFiles, name: string): boolean {
  return (
    [...files.inputs.values(), ...files.outputs.values()].includes(name) ||
    name === files.inputsNpz ||
    name === files.outputsNpz ||
    files.labels.includes(name)
  );
}

/** input_K files must be one format, numbered from 0 without gaps, and not mixed with inputs.npz. */
function checkNumbering(dir: string, role: 'input' | 'output', numbered: NumberedFiles, npz: string | null): void {
  if (numbered.size === 0) return;
  const names = [...numbered.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  if (npz) throw new InputError(`${dir}: has both ${npz} and ${names.join(', ')}; use one form`);
  const formats = new Set(names.map((n) => n.slice(n.lastIndexOf('.'))));
  if (formats.size > 1) throw new InputError(`${dir}: mixes .pb and .npy ${role}s (${names.join(', ')}); use one format per set`);
  const ext = [...formats][0];
  for (let k = 0; k < numbered.size; k++) {
    if (!numbered.has(k)) {
      throw new InputError(`${dir}: ${role}_${k}${ext} is missing (found ${names.join(', ')}); ${role}s are numbered from 0 without gaps`);
    }
  }
}

async function readNumbered(dir: string, numbered: NumberedFiles, npz: string | null): Promise<FileTensor[]> {
  if (npz) {
    const path = join(dir, npz);
    return parseNpz(await readBytes(path), path).map((t) => ({ ...t, file: `${path}[${t.name}.npy]` }));
  }
  const out: FileTensor[] = [];
  for (let k = 0; k < numbered.size; k++) out.push(await readTensorFile(join(dir, numbered.get(k)!)));
  return out;
}

async function readTensorFile(path: string): Promise<FileTensor> {
  const bytes = await readBytes(path);
  const tensor = path.endsWith('.npy') ? parseNpy(bytes, path) : decodeTensorProto(bytes, path);
  return { ...tensor, file: path };
}

function readBytes(path: string): Promise<Uint8Array> {
  return readUntrusted(path, 'eval data file', MAX_EVAL_TENSOR_BYTES);
}

async function readLabels(path: string): Promise<FileTensor> {
  if (!path.endsWith('.json')) return readTensorFile(path);
  return { ...parseLabelsJson(new TextDecoder().decode(await readBytes(path)), path), file: path };
}

/**
 * labels.json: an array of numbers ([N]) or of equal-length arrays of numbers ([N, C], e.g. one-hot).
 * All-integer labels become int64 (class indices), anything else float64 (regression targets).
 */
export function parseLabelsJson(text: string, file: string): Tensor {
  const fail = (detail: string): never => {
    throw new InputError(`${file}: ${detail}`);
  };
  const expected = 'labels must be a JSON array of numbers, or of equal-length arrays of numbers';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(value)) return fail(`${expected} (found ${describeJson(value)})`);
  let dims: number[];
  let flat: number[];
  // The first item decides the form: numbers ([N]) or arrays of numbers ([N, C]).
  if (!Array.isArray(value[0])) {
    const bad = value.findIndex((v) => typeof v !== 'number');
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value[bad])})`);
    dims = [value.length];
    flat = value as number[];
  } else {
    const bad = value.findIndex((row) => !Array.isArray(row) || !row.every((v) => typeof v === 'number'));
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value[bad])})`);
    const rows = value as number[][];
    const width = rows[0]!.length;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (ragged >= 0) fail(`${expected} (item ${ragged} has ${rows[ragged]!.length} numbers, item 0 has ${width})`);
    dims = [rows.length, width];
    flat = rows.flat();
  }
  const integral = flat.every((v) => Number.isSafeInteger(v));
  return integral
    ? { name: '', elemType: 'int64', dims, data: BigInt64Array.from(flat, (v) => BigInt(v)) }
    : { name: '', elemType: 'float64', dims, data: Float64Array.from(flat) };
}

function describeJson(v: unknown): string {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'number') ? 'an array' : 'an array containing a non-number';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
