import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  restoreModel
} from "./chunk-UFHQOGVL.js";
import {
  PACKED_MODEL_SUFFIXES,
  isPackedFileName,
  readManifest
} from "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
import {
  checkOutputDir
} from "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";

// src/pack/unpack.ts
import { mkdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function unpack(source, outDir) {
  const info = await stat(source).catch(() => null);
  if (!info) throw new InputError(`${source}: does not exist`);
  const dir = info.isDirectory() ? source : dirname(source);
  if (!info.isDirectory() && !isPackedFileName(source)) {
    throw new InputError(`${source}: not a pack folder or a packed model (${PACKED_MODEL_SUFFIXES.join(" or ")})`);
  }
  const manifest = await readManifest(dir);
  const entries = info.isDirectory() ? manifest.models : manifest.models.filter((m) => m.file === basename(source));
  if (entries.length === 0) throw new InputError(`${source}: not listed in ${join(dir, "manifest.json")}, so it cannot be verified`);
  await checkOutputDir(outDir, "output folder");
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const entry of entries) written.push(await restoreModel(dir, entry, outDir));
  return written;
}
export {
  unpack
};
//# sourceMappingURL=unpack-C7K5H6SL.js.map
