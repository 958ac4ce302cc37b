/** Bad usage or bad input: becomes exit code 2 / setFailed with this message. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Turns a failed filesystem call into an InputError naming the path, so a missing or unreadable
 * file reads as "x.onnx: no such file" instead of a raw ENOENT stack.
 */
export function fileError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory, expected a file'
    : code === 'ENOTDIR' ? 'a parent of this path is not a directory'
    : `cannot read (${err instanceof Error ? err.message : String(err)})`;
  return new InputError(`${path}: ${reason}`);
}

/** The one check of a value against its enum (trimmed, any case): the value as the enum spells it, or an InputError. */
export function oneOf<const T extends string>(value: string, allowed: readonly T[], source: string): T {
  const v = value.trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === v);
  if (found === undefined) throw new InputError(`${source}: "${value}" is not one of ${allowed.join(', ')}`);
  return found;
}
