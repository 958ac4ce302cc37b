import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  decode,
  encode,
  mainKernel,
  sampleSize,
  warmUp
} from "./chunk-2UWZA2FA.js";
import "./chunk-KO2NYJP4.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  decode,
  encode,
  mainKernel,
  sampleSize,
  warmUp
};
//# sourceMappingURL=planes-GOFJ4AZX.js.map
