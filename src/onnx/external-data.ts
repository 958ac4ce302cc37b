// ONNX external data (TensorProto.data_location = EXTERNAL): the tensor's bytes live in another file beside the model,
// named by external_data["location"]. Before anything reads such a file, every reference is checked: a bare file name
// in the model's own folder, a regular file that is neither a symlink nor a hard link, and a byte range inside the file
// that matches the tensor's shape and type. The same checks run on a model restored from a pack, before it is loaded.
import { lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { disjoint, type ExternalTensor, type FloatRun, layoutOf, MIN_FLOAT_PAYLOAD, tensorBytes } from './tensors.js';

/** A data file the model references, with the float runs inside it (offsets within that file). */
export interface ExternalFile {
  location: string;
  path: string;
  size: number;
  runs: FloatRun[];
}

/**
 * A name that can only mean a file directly inside a folder: no separators of any platform, no `.`/`..`, no NUL.
 * Used for external-data locations and for every file name a manifest gives.
 */
export function isBareFileName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !/[/\\\0]/.test(name) && name !== '.' && name !== '..' && !/^[A-Za-z]:/.test(name);
}

/** Validates every external reference of the model at `modelPath` and groups them by data file. */
export async function checkExternalData(modelPath: string, tensors: readonly ExternalTensor[]): Promise<ExternalFile[]> {
  const folder = dirname(modelPath);
  const model = await lstat(modelPath);
  const files = new Map<string, ExternalFile>();
  for (const t of tensors) {
    const what = `${modelPath}: tensor "${t.name}" keeps its data in ${JSON.stringify(t.location)}`;
    if (!isBareFileName(t.location)) throw new InputError(`${what}, which is not a bare file name in the model's folder (no folders, no "..", no absolute paths)`);
    const file = files.get(t.location) ?? (await dataFile(join(folder, t.location), t.location, model, what));
    files.set(t.location, file);
    const expected = tensorBytes(t.dataType, t.dims);
    if (expected === null) throw new InputError(`${what}, but its type and shape do not give a byte size (data_type ${t.dataType}, dims [${t.dims.join(',')}])`);
    const length = t.length ?? expected;
    if (length !== expected) throw new InputError(`${what} with length ${length}, but its shape [${t.dims.join(',')}] and type need ${expected} bytes`);
    if (t.offset + length > file.size) throw new InputError(`${what} at offset ${t.offset}, length ${length}: past the end of the ${file.size}-byte file`);
    const layout = layoutOf(t.dataType);
    if (layout && length >= MIN_FLOAT_PAYLOAD) file.runs.push({ offset: t.offset, length, layout });
  }
  return [...files.values()].map((f) => ({ ...f, runs: disjoint(f.runs) }));
}

async function dataFile(path: string, location: string, model: { dev: number; ino: number }, what: string): Promise<ExternalFile> {
  const info = await lstat(path).catch(() => null);
  if (!info) throw new InputError(`${what}, which does not exist (${path})`);
  if (info.isSymbolicLink()) throw new InputError(`${what}, which is a symbolic link; external data must be a regular file in the model's folder`);
  if (!info.isFile()) throw new InputError(`${what}, which is not a regular file`);
  if (info.nlink > 1) throw new InputError(`${what}, which is a hard link (${info.nlink} names for one file); external data must be a file of its own`);
  if (info.dev === model.dev && info.ino === model.ino) throw new InputError(`${what}, which is the model file itself`);
  return { location, path, size: info.size, runs: [] };
}
