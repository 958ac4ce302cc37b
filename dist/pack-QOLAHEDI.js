import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assemblePack,
  checkUniqueNames,
  packModels
} from "./chunk-UQP37VJX.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-6TX6YZXE.js";
import "./chunk-U4VLV5T7.js";
import "./chunk-JMVME52W.js";
import "./chunk-2JYIFA6A.js";
export {
  assemblePack,
  checkUniqueNames,
  packModels
};
//# sourceMappingURL=pack-QOLAHEDI.js.map
