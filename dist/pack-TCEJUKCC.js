import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assemblePack,
  checkUniqueNames,
  packModels,
  stagePackDir
} from "./chunk-2VWM6ULD.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-TXWASHIL.js";
import "./chunk-VNHP3NTH.js";
import "./chunk-2JYIFA6A.js";
export {
  assemblePack,
  checkUniqueNames,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-TCEJUKCC.js.map
