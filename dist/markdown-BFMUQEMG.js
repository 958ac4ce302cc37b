import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-CZRXUIGR.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-TXY2ZUZ2.js";
import "./chunk-BZ3MWBKM.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  renderMarkdown
};
//# sourceMappingURL=markdown-BFMUQEMG.js.map
