import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
} from "./chunk-VZIKTCYQ.js";
import "./chunk-I7YMD5SN.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
};
//# sourceMappingURL=provision-6NQLBGFH.js.map
