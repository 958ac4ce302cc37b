// What a baseline spec resolves to, the one value the engine is given: a pack folder to compare against, or none with
// the reason. Where it came from decides how the report names it and its models (a fetched release's file is
// "release v1.2.0, x.onnx.zst", not a scratch path), so the origin is part of the value, not guessed from its label.
export type ResolvedBaseline =
  /** No baseline. `label` names what was asked for ("none", a missing folder, "release v1") or is null when nothing was. */
  | { kind: 'none'; label: string | null; note: string; tag: string | null }
  /** A pack folder the user named: the report names it by its path. */
  | { kind: 'folder'; dir: string }
  /** A release downloaded, or a git ref packed, into scratch: named by `label` ("release v1.2.0", "ref main"). */
  | { kind: 'fetched'; dir: string; label: string; tag: string | null };

/** The release tag compared against (the action's `baseline-tag` output), when the baseline is or was meant to be one. */
export function baselineTag(baseline: ResolvedBaseline): string | null {
  return baseline.kind === 'folder' ? null : baseline.tag;
}
