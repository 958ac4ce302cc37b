import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-MJZMUWBH.js";
import "./chunk-K45T7SZ7.js";
import {
  modelCause
} from "./chunk-62MXSQ3H.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-SXK76TVE.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  modelCause,
  renderMarkdown
};
//# sourceMappingURL=markdown-VGJEX6VS.js.map
