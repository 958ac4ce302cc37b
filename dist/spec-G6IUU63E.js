import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parseBaselineSpec,
  resolveBaseline
} from "./chunk-HKLQ6OWL.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  parseBaselineSpec,
  resolveBaseline
};
//# sourceMappingURL=spec-G6IUU63E.js.map
