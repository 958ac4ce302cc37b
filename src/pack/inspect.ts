import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readModelInfo, sniffFormat } from '../onnx/model-info.js';
import type { ModelInfo } from '../types.js';
import { requireRegularFile } from '../util/fs.js';

/**
 * Checks that `path` is a regular ONNX model file and reads its metadata without loading the weights.
 * Pickle and PyTorch checkpoints are refused by their first bytes, before anything else reads them.
 */
export async function inspectModel(path: string): Promise<ModelInfo> {
  const size = await requireRegularFile(path, 'model');
  if (size === 0) throw new InputError(`${path}: model file is empty`);
  const head = Buffer.alloc(Math.min(size, 64));
  const handle = await open(path, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  switch (sniffFormat(head)) {
    case 'pickle':
    case 'zip':
      throw new InputError(
        `${path}: looks like a Python pickle / PyTorch checkpoint; model-gate never loads pickle because unpickling runs arbitrary code — export the model to ONNX first`,
      );
    case 'zstd':
      throw new InputError(`${path}: is already a zstd-packed file; pass the .onnx model, or its pack folder as a baseline`);
    default:
      return readModelInfo(path);
  }
}
