import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assemblePack,
  checkUniqueNames,
  packModels,
  stagePackDir
} from "./chunk-OXF22BR5.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-HOJFFAGW.js";
import "./chunk-NF7QUP2U.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XELR67F2.js";
export {
  assemblePack,
  checkUniqueNames,
  packModels,
  stagePackDir
};
//# sourceMappingURL=pack-QC4YXD6F.js.map
