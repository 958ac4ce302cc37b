import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleMergedPack,
  runCompare,
  runMerge
} from "./chunk-2UDAXQ6S.js";
import "./chunk-MHM5BCGU.js";
import "./chunk-GEW3BMWK.js";
import "./chunk-GWSWCLLE.js";
import "./chunk-X2ACATIF.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-5K3U2PR6.js";
import "./chunk-D35J3RJV.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-JBFINEWN.js";
import "./chunk-6BY4KGEI.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-IZCEYHJV.js";
import "./chunk-ZY5VJ6ST.js";
import "./chunk-TBMCQFLY.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  assembleMergedPack,
  runCompare,
  runMerge
};
//# sourceMappingURL=engine-EBGPIDFF.js.map
