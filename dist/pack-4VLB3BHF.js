import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-6MEY6HQD.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-LAKUDRBA.js";
import "./chunk-SXK76TVE.js";
import "./chunk-PJOJBPGY.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-4VLB3BHF.js.map
