import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-JWUKOIRX.js";
import "./chunk-JSIM7SLU.js";
import {
  modelCause
} from "./chunk-AQEYXTLP.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  modelCause,
  renderMarkdown
};
//# sourceMappingURL=markdown-67TWRIGM.js.map
