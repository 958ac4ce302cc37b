import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assemblePack,
  checkUniqueNames,
  packModels
} from "./chunk-K3ORMZY5.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-6TX6YZXE.js";
import "./chunk-2T7426E4.js";
import "./chunk-JMVME52W.js";
import "./chunk-2JYIFA6A.js";
export {
  assemblePack,
  checkUniqueNames,
  packModels
};
//# sourceMappingURL=pack-7C5VR65B.js.map
