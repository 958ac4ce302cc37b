import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assemblePack,
  checkUniqueNames,
  packModels,
  stagePackDir
} from "./chunk-WE7IL3WJ.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-B3PAP4IA.js";
import "./chunk-DDDCRRVK.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XELR67F2.js";
export {
  assemblePack,
  checkUniqueNames,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-DE3SD2YM.js.map
