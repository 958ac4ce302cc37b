import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createClient,
  statusOf,
  validationCode
} from "./chunk-XAMQ2YVM.js";
import "./chunk-XELR67F2.js";
export {
  createClient,
  statusOf,
  validationCode
};
//# sourceMappingURL=client-Y3Z3UHCT.js.map
