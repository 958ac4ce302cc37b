import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleMergedPack,
  runCompare,
  runMerge
} from "./chunk-4HI3GZD5.js";
import "./chunk-PWQIFTX6.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-TXY2ZUZ2.js";
import "./chunk-FZEFZUWV.js";
import "./chunk-FP5K4LJI.js";
import "./chunk-BZ3MWBKM.js";
import "./chunk-O6ZEAL5I.js";
import "./chunk-NG6JSQIX.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-7TMZ5IEE.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-PUJZBLVS.js";
import "./chunk-TBMCQFLY.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  assembleMergedPack,
  runCompare,
  runMerge
};
//# sourceMappingURL=engine-3KY4EFN4.js.map
