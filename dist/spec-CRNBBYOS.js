import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  BASELINE_FORMS,
  parseBaselineSpec,
  resolveBaseline
} from "./chunk-GFV46AMX.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-XELR67F2.js";
export {
  BASELINE_FORMS,
  parseBaselineSpec,
  resolveBaseline
};
//# sourceMappingURL=spec-CRNBBYOS.js.map
