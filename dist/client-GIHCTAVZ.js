import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createClient,
  statusOf,
  validationCode
} from "./chunk-KKQCLEQ6.js";
import "./chunk-XELR67F2.js";
export {
  createClient,
  statusOf,
  validationCode
};
//# sourceMappingURL=client-GIHCTAVZ.js.map
