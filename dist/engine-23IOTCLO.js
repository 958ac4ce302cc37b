import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-JCZIKTPX.js";
import "./chunk-CHDWA6VH.js";
import "./chunk-QF26RPCB.js";
import "./chunk-UQP37VJX.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-QKVFUXLK.js";
import "./chunk-6TX6YZXE.js";
import "./chunk-U4VLV5T7.js";
import "./chunk-JMVME52W.js";
import "./chunk-2JYIFA6A.js";
export {
  runCompare
};
//# sourceMappingURL=engine-23IOTCLO.js.map
