import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/limits.ts
var MAX_MODELS = 500;
var MAX_REPORT_BYTES = 5 << 20;
var MAX_STRING = 1e4;
var MAX_CHECKS = 50;
var MAX_VARIANT_ROWS = 20;
var MAX_WORST_TENSORS = 20;
var MAX_HISTORY_RELEASES = 100;

export {
  MAX_MODELS,
  MAX_REPORT_BYTES,
  MAX_STRING,
  MAX_CHECKS,
  MAX_VARIANT_ROWS,
  MAX_WORST_TENSORS,
  MAX_HISTORY_RELEASES
};
//# sourceMappingURL=chunk-FP5K4LJI.js.map
