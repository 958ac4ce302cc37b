import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-3MGMODYX.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-B3PAP4IA.js";
import "./chunk-DDDCRRVK.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XELR67F2.js";
export {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-WWWGKJYB.js.map
