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
var MAX_INTERFACE_CHANGES = 100;
var MAX_CLASS_FIGURES = 100;

// src/eval/settings.ts
var OUTPUT_KINDS = ["auto", "logits", "probabilities", "log-probabilities"];
var CLASS_CHECK_MODES = ["auto", "on", "off"];

// src/modes.ts
var ACTION_MODES = ["gate", "publish-comment", "merge"];
var COMMENT_MODES = ["always", "on-change", "on-regression", "never"];
var RELEASE_UPLOADS = ["auto", "always", "never"];
var SIDE_RUN_MODES = ["alternating", "blocks"];
var SIDE_MODES = ["auto", ...SIDE_RUN_MODES];

export {
  MAX_MODELS,
  MAX_REPORT_BYTES,
  MAX_STRING,
  MAX_CHECKS,
  MAX_VARIANT_ROWS,
  MAX_WORST_TENSORS,
  MAX_HISTORY_RELEASES,
  MAX_INTERFACE_CHANGES,
  MAX_CLASS_FIGURES,
  OUTPUT_KINDS,
  CLASS_CHECK_MODES,
  ACTION_MODES,
  COMMENT_MODES,
  RELEASE_UPLOADS,
  SIDE_RUN_MODES,
  SIDE_MODES
};
//# sourceMappingURL=chunk-HJDLSVHR.js.map
