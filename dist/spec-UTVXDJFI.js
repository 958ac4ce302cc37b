import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parseBaselineSpec,
  resolveBaseline
} from "./chunk-PRDP5RDV.js";
import "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";
export {
  parseBaselineSpec,
  resolveBaseline
};
//# sourceMappingURL=spec-UTVXDJFI.js.map
