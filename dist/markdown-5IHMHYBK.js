import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-WCYUFHBQ.js";
import "./chunk-JWTKULHL.js";
import "./chunk-ZJKKXCY2.js";
import "./chunk-2FADJ2LR.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  renderMarkdown
};
//# sourceMappingURL=markdown-5IHMHYBK.js.map
