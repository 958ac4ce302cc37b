import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/bench/settings.ts
var MIN_RUNS = 5;

export {
  MIN_RUNS
};
//# sourceMappingURL=chunk-6KHCH6RF.js.map
