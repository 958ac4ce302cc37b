import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-G7TUBCGG.js";
import "./chunk-K45T7SZ7.js";
import "./chunk-62MXSQ3H.js";
import "./chunk-RYYH3E4M.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-44G7IJRU.js";
import "./chunk-ODA4SYPC.js";
import "./chunk-6MEY6HQD.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-LAKUDRBA.js";
import "./chunk-SXK76TVE.js";
import "./chunk-PJOJBPGY.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  runCompare
};
//# sourceMappingURL=engine-VXBHBI5U.js.map
