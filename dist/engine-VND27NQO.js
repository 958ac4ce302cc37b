import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-SXL7UZ7B.js";
import "./chunk-B6D3LRTJ.js";
import "./chunk-N7WFQKOY.js";
import "./chunk-EJTLYESX.js";
import "./chunk-3MGMODYX.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-B3PAP4IA.js";
import "./chunk-DDDCRRVK.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XELR67F2.js";
export {
  runCompare
};
//# sourceMappingURL=engine-VND27NQO.js.map
