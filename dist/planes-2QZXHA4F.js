import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  decode,
  encode,
  mainKernel,
  sampleSize,
  warmUp
} from "./chunk-ZLVYX2VS.js";
import "./chunk-TE27OIOV.js";
import "./chunk-6Y7UOUAP.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  decode,
  encode,
  mainKernel,
  sampleSize,
  warmUp
};
//# sourceMappingURL=planes-2QZXHA4F.js.map
