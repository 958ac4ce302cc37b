import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleMergedPack,
  runCompare,
  runMerge
} from "./chunk-OJVHJ7L6.js";
import "./chunk-JLJLID75.js";
import "./chunk-GEW3BMWK.js";
import "./chunk-GWSWCLLE.js";
import "./chunk-TB67CA3A.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-SKDCAYYV.js";
import "./chunk-4KR5QEW2.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-JBFINEWN.js";
import "./chunk-TUVHBG7W.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-4HB4XXM2.js";
import "./chunk-XI3FOHVT.js";
import "./chunk-F75FJUY5.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  assembleMergedPack,
  runCompare,
  runMerge
};
//# sourceMappingURL=engine-LCFRZ2GE.js.map
