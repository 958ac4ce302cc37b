import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleMergedPack,
  runCompare,
  runMerge
} from "./chunk-P6HN7PAI.js";
import "./chunk-TRKFPW6O.js";
import "./chunk-GEW3BMWK.js";
import "./chunk-GWSWCLLE.js";
import "./chunk-TB67CA3A.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-OYUFNNK6.js";
import "./chunk-UFHQOGVL.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-JBFINEWN.js";
import "./chunk-JFYHKICO.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-2AHGXS7W.js";
import "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  assembleMergedPack,
  runCompare,
  runMerge
};
//# sourceMappingURL=engine-L6HGWQYB.js.map
