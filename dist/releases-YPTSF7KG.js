import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  addReleaseHistory
} from "./chunk-HRNM2L2Z.js";
import "./chunk-4RW3YR7G.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-L5DZD6CI.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-OOKN3YEB.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-3ZHKO4HT.js";
import "./chunk-IQX6U3KJ.js";
import "./chunk-I7YMD5SN.js";
import "./chunk-VL6WFHWH.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  addReleaseHistory
};
//# sourceMappingURL=releases-YPTSF7KG.js.map
