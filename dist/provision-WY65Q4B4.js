import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
} from "./chunk-N4X3NCJI.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
};
//# sourceMappingURL=provision-WY65Q4B4.js.map
