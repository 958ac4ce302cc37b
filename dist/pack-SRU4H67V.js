import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-NPF5VMY3.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-VL6WFHWH.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-SRU4H67V.js.map
