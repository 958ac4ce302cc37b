import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  runCompare
} from "./chunk-GTZDGNC6.js";
import "./chunk-TBUXBATC.js";
import "./chunk-EGDB24G6.js";
import "./chunk-7D2IA5AT.js";
import "./chunk-TQNJSTS7.js";
import "./chunk-57JEHUNS.js";
import "./chunk-KZHWLC6C.js";
import "./chunk-Q6UBZCAL.js";
import "./chunk-2JYIFA6A.js";
export {
  runCompare
};
//# sourceMappingURL=engine-2ICKYIZU.js.map
