import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-Q6UBZCAL.js";

// src/inputs/models.ts
var GLOB_CHARS = /[*?[\]{}()!+@]/;
async function expandModelPatterns(patterns, source, cwd = process.cwd()) {
  const out = [];
  for (const pattern of patterns.map((p) => p.trim()).filter((p) => p !== "")) {
    const globs = GLOB_CHARS.test(pattern) ? await import("./dist-IHRIY4GL.js") : null;
    if (!globs?.isDynamicPattern(pattern)) {
      out.push(pattern);
      continue;
    }
    const { glob } = globs;
    const matches = (await glob(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })).sort();
    if (matches.length === 0) throw new InputError(`${source}: pattern "${pattern}" matches no file`);
    out.push(...matches);
  }
  if (out.length === 0) throw new InputError(`${source}: no model given`);
  return [...new Set(out)];
}

export {
  expandModelPatterns
};
//# sourceMappingURL=chunk-HROS2XL3.js.map
