import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  addReleaseHistory
} from "./chunk-LEGBZSIS.js";
import "./chunk-WIHP3W7O.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-3GA7QN57.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-AQEYXTLP.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-6GCDWPYP.js";
import "./chunk-3XCVA3G3.js";
import "./chunk-I7YMD5SN.js";
import "./chunk-4ZUADEGU.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  addReleaseHistory
};
//# sourceMappingURL=releases-TETF3632.js.map
