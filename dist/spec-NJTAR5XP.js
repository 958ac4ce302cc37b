import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  BASELINE_FORMS,
  parseBaselineSpec,
  resolveBaseline
} from "./chunk-IXM6LRRD.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  BASELINE_FORMS,
  parseBaselineSpec,
  resolveBaseline
};
//# sourceMappingURL=spec-NJTAR5XP.js.map
