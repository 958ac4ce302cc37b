import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-WJFS4S7H.js";
import "./chunk-5DGDHCKS.js";
import "./chunk-VA2YKL6T.js";
import "./chunk-4HFOPVDL.js";
import "./chunk-OXF22BR5.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-HOJFFAGW.js";
import "./chunk-NF7QUP2U.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XELR67F2.js";
export {
  runCompare
};
//# sourceMappingURL=engine-7TN7JQVR.js.map
