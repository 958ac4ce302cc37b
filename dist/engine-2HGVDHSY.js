import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleMergedPack,
  runCompare,
  runMerge
} from "./chunk-ILHK5XHM.js";
import "./chunk-55YJQD34.js";
import "./chunk-KJWC4ETP.js";
import "./chunk-4HCLF3HW.js";
import "./chunk-VLY3BU3C.js";
import "./chunk-IIHWO4C4.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-CTPA2NIJ.js";
import "./chunk-SCGVG6YZ.js";
import "./chunk-B77DC7VR.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-EQACNJKG.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-MOEGHQRZ.js";
import "./chunk-TBMCQFLY.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  assembleMergedPack,
  runCompare,
  runMerge
};
//# sourceMappingURL=engine-2HGVDHSY.js.map
