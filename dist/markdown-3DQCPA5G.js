import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_BUDGET,
  renderMarkdown
} from "./chunk-VZVEIB3U.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-OOKN3YEB.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-XELR67F2.js";
export {
  COMMENT_BUDGET,
  renderMarkdown
};
//# sourceMappingURL=markdown-3DQCPA5G.js.map
