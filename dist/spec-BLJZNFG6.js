import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parseBaselineSpec,
  resolveBaseline
} from "./chunk-I4KEAZGK.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  parseBaselineSpec,
  resolveBaseline
};
//# sourceMappingURL=spec-BLJZNFG6.js.map
