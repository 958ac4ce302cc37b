import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-JFYHKICO.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-2AHGXS7W.js";
import "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
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
//# sourceMappingURL=pack-4OVOTWLH.js.map
