import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-IF4R3X2Y.js";
import "./chunk-KJWC4ETP.js";
import "./chunk-4HCLF3HW.js";
import "./chunk-CTPA2NIJ.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  renderMarkdown
};
//# sourceMappingURL=markdown-ZX64DT6K.js.map
