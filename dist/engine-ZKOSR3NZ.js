import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-X7BCIE63.js";
import "./chunk-L5DZD6CI.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-OOKN3YEB.js";
import "./chunk-3S43TXD4.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-3ZHKO4HT.js";
import "./chunk-IQX6U3KJ.js";
import "./chunk-I7YMD5SN.js";
import "./chunk-NPF5VMY3.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-VL6WFHWH.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  runCompare
};
//# sourceMappingURL=engine-ZKOSR3NZ.js.map
