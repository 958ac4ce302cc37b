import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function fileError(path, err) {
  const code = err?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory, expected a file" : code === "ENOTDIR" ? "a parent of this path is not a directory" : `cannot read (${err instanceof Error ? err.message : String(err)})`;
  return new InputError(`${path}: ${reason}`);
}
function oneOf(value, allowed, source) {
  const v = value.trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === v);
  if (found === void 0) throw new InputError(`${source}: "${value}" is not one of ${allowed.join(", ")}`);
  return found;
}

export {
  InputError,
  fileError,
  oneOf
};
//# sourceMappingURL=chunk-4WKGVMNP.js.map
