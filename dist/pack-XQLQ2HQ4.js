import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-7TMZ5IEE.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-PUJZBLVS.js";
import "./chunk-TBMCQFLY.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-XQLQ2HQ4.js.map
