import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  PACKED_MODEL_SUFFIXES,
  isPackedFileName,
  modelNameOf,
  packedBlobs,
  packedFileName,
  packedModels,
  readManifest,
  sameRawContent,
  totalPackedBytes,
  validateManifest
} from "./chunk-VL6WFHWH.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  PACKED_MODEL_SUFFIXES,
  isPackedFileName,
  modelNameOf,
  packedBlobs,
  packedFileName,
  packedModels,
  readManifest,
  sameRawContent,
  totalPackedBytes,
  validateManifest
};
//# sourceMappingURL=manifest-H2OGIYW6.js.map
