import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-IMHBO7IY.js";
import "./chunk-GEW3BMWK.js";
import "./chunk-GWSWCLLE.js";
import "./chunk-6KHCH6RF.js";
import "./chunk-JBFINEWN.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  renderMarkdown
};
//# sourceMappingURL=markdown-FRARXNII.js.map
