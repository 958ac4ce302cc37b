import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-UPJKM3SY.js";
import "./chunk-CHDWA6VH.js";
import "./chunk-PUTBMP5A.js";
import "./chunk-K3ORMZY5.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-FS2JTDZD.js";
import "./chunk-6TX6YZXE.js";
import "./chunk-2T7426E4.js";
import "./chunk-JMVME52W.js";
import "./chunk-2JYIFA6A.js";
export {
  runCompare
};
//# sourceMappingURL=engine-USIA4JLQ.js.map
