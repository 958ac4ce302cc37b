import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  assembleMergedPack,
  runCompare,
  runMerge
} from "./chunk-UJNA356G.js";
import "./chunk-J6YBBG5A.js";
import "./chunk-JWTKULHL.js";
import "./chunk-ZJKKXCY2.js";
import "./chunk-ZW6M753A.js";
import "./chunk-IIHWO4C4.js";
import "./chunk-6G6LRQWM.js";
import "./chunk-2FADJ2LR.js";
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
//# sourceMappingURL=engine-7IOEOGCP.js.map
