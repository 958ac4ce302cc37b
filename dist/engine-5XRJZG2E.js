import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-OIZKS2HK.js";
import "./chunk-HUGRBVUX.js";
import "./chunk-QBZC5JUR.js";
import "./chunk-2VWM6ULD.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-7S7HSBVA.js";
import "./chunk-TXWASHIL.js";
import "./chunk-VNHP3NTH.js";
import "./chunk-2JYIFA6A.js";
export {
  runCompare
};
//# sourceMappingURL=engine-5XRJZG2E.js.map
