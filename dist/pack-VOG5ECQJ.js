import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assemblePack,
  checkUniqueNames,
  packModels
} from "./chunk-7D2IA5AT.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-KZHWLC6C.js";
import "./chunk-Q6UBZCAL.js";
import "./chunk-2JYIFA6A.js";
export {
  assemblePack,
  checkUniqueNames,
  packModels
};
//# sourceMappingURL=pack-VOG5ECQJ.js.map
