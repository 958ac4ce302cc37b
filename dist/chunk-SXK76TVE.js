import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/variants/kinds.ts
var VARIANT_KINDS = ["fp16", "int8"];
var VARIANT_IDS = ["original", ...VARIANT_KINDS];

export {
  VARIANT_KINDS,
  VARIANT_IDS
};
//# sourceMappingURL=chunk-SXK76TVE.js.map
