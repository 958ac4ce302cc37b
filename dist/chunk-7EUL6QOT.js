import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VNHP3NTH.js";

// src/baseline/path.ts
import { lstat } from "node:fs/promises";
async function resolvePathBaseline(spec, source, howToAllow = `for a first release use none; to allow a missing folder, path?:${spec.dir}`) {
  const exists = await lstat(spec.dir).then(
    () => true,
    () => false
  );
  if (exists) return { dir: spec.dir, label: spec.dir, note: null, tag: null };
  if (spec.optional) return { dir: null, label: spec.dir, note: `baseline folder ${spec.dir} does not exist, which was allowed (first release?)`, tag: null };
  throw new InputError(`${source}: baseline folder ${spec.dir} does not exist (${howToAllow})`);
}

// src/util/log.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function logLine(text) {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

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
  resolvePathBaseline,
  logLine,
  expandModelPatterns
};
//# sourceMappingURL=chunk-7EUL6QOT.js.map
