import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  checkExternalData,
  mapTensors,
  mapTensorsInBytes,
  packedBlobs
} from "./chunk-2C6QEZA7.js";
import {
  decompressAny,
  decompressToBuffer
} from "./chunk-F75FJUY5.js";
import {
  checkOutputFile,
  fileOutput,
  temporaryPath
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";

// src/pack/format/restore.ts
import { mkdtemp, open, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
async function restoreBlob(packDir, blob, target) {
  const handle = await open(target, "wx");
  try {
    const output = fileOutput(handle);
    await decompressAny(join(packDir, blob.file), { raw: blob.raw, packed: blob.packed, codec: blob.codec }, output);
  } finally {
    await handle.close();
  }
}
async function restoreModel(packDir, entry, outDir) {
  const files = packedBlobs(entry).map((blob) => {
    const final = join(outDir, "location" in blob ? blob.location : `${entry.name}.onnx`);
    return { blob, final, tmp: temporaryPath(final) };
  });
  for (const f of files) await checkOutputFile(f.final, "restored file");
  try {
    for (const f of files) await restoreBlob(packDir, f.blob, f.tmp);
    for (const f of files) await rename(f.tmp, f.final);
    return files[0].final;
  } catch (error) {
    await Promise.all(files.map((f) => rm(f.tmp, { force: true })));
    throw error;
  }
}
async function loadPackedModel(model, scratch = tmpdir(), options = {}) {
  const { entry, path } = model;
  if (!entry.externalData?.length && !options.onDisk) {
    const bytes = await decompressToBuffer(path, { raw: entry.raw, packed: entry.packed, codec: entry.codec });
    if (mapTensorsInBytes(bytes, path).external.length > 0) {
      throw new InputError(`${path}: the model references external data files that its pack does not hold`);
    }
    return { source: bytes, dispose: async () => {
    } };
  }
  const dir = await mkdtemp(join(scratch, `${entry.name}-`));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const restored = await restoreModel(dirname(path), entry, dir);
    const { external } = await mapTensors(restored);
    if (!entry.externalData?.length && external.length > 0) throw new InputError(`${path}: the model references external data files that its pack does not hold`);
    await checkExternalData(restored, external);
    return { source: restored, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export {
  restoreModel,
  loadPackedModel
};
//# sourceMappingURL=chunk-UFHQOGVL.js.map
