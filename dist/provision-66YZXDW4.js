import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
} from "./chunk-DDRVUSJB.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
};
//# sourceMappingURL=provision-66YZXDW4.js.map
