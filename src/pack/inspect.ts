import { InputError } from '../errors.js';
import { readModelInfo } from '../onnx/model-info.js';
import type { ModelInfo } from '../types.js';
import { requireRegularFile } from '../util/fs.js';

/**
 * Checks that `path` is a regular ONNX model file and reads its metadata without loading the weights. Pickle, PyTorch
 * checkpoints and packed files are refused by readModelInfo from their first bytes, before anything else reads them.
 */
export async function inspectModel(path: string): Promise<ModelInfo> {
  const size = await requireRegularFile(path, 'model');
  if (size === 0) throw new InputError(`${path}: model file is empty`);
  return readModelInfo(path);
}
