import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  decode,
  encode,
  mainKernel,
  sampleSize,
  warmUp
} from "./chunk-ZOSSVEQD.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-PJOJBPGY.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  decode,
  encode,
  mainKernel,
  sampleSize,
  warmUp
};
//# sourceMappingURL=planes-F4B2EULV.js.map
