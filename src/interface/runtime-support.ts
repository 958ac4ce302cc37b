// What each onnxruntime release implements: the highest IR version and the highest opset of the domains it ships, so that
// the interface check (contract.ts) can tell a candidate that the deployed runtime cannot load.
import { InputError } from '../errors.js';
import { ORT_PIN } from '../onnx/ort-pin.js';

export interface RuntimeSupport {
  /** The onnxruntime release, "1.17". */
  release: string;
  irVersion: number;
  /** Highest opset per domain ('' is ai.onnx); a domain not listed is not checked (contrib domains version on their own). */
  opsets: Readonly<Record<string, number>>;
}

/**
 * Rows 1.14 to 1.18: the "ONNX opset support" table of onnxruntime's compatibility page
 * (https://onnxruntime.ai/docs/reference/compatibility.html, docs/reference/compatibility.md of microsoft/onnxruntime's
 * gh-pages branch; microsoft/onnxruntime docs/Versioning.md points there). Row 1.30, the bundled release: measured on it
 * (test/interface.test.ts loads models stamped one above each limit and sees them refused). Releases between listed rows
 * are held to the newest listed row at or before them: support only grows, so that is a floor, never an overstatement.
 */
const TABLE: ReadonlyArray<{ release: string; ir: number; onnx: number; ml: number }> = [
  { release: '1.14', ir: 8, onnx: 18, ml: 3 },
  { release: '1.15', ir: 8, onnx: 19, ml: 3 },
  { release: '1.16', ir: 9, onnx: 19, ml: 3 },
  { release: '1.17', ir: 9, onnx: 20, ml: 4 },
  { release: '1.18', ir: 10, onnx: 21, ml: 4 },
  { release: '1.30', ir: 13, onnx: 26, ml: 5 },
];

/** The onnxruntime release model-gate runs models with: the default target. */
export const BUNDLED_ONNXRUNTIME = ORT_PIN['onnxruntime-node'].version.split('.').slice(0, 2).join('.');

const parts = (release: string) => release.split('.').map(Number) as [number, number];
const before = (a: string, b: string) => {
  const [am, an] = parts(a);
  const [bm, bn] = parts(b);
  return am < bm || (am === bm && an < bn);
};

/** "1.17", "1.17.3" or "v1.17" → "1.17"; anything else is bad input naming `source`. */
export function parseRuntimeRelease(value: string, source: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
  const oldest = TABLE[0]!.release;
  if (!m) throw new InputError(`${source}: "${value}" is not an onnxruntime release such as ${BUNDLED_ONNXRUNTIME}`);
  const release = `${Number(m[1])}.${Number(m[2])}`;
  if (before(release, oldest)) throw new InputError(`${source}: onnxruntime ${release} is older than the oldest release model-gate knows the limits of (${oldest})`);
  if (before(BUNDLED_ONNXRUNTIME, release)) throw new InputError(`${source}: onnxruntime ${release} is newer than the bundled ${BUNDLED_ONNXRUNTIME}; model-gate knows the limits of ${TABLE.map((r) => r.release).join(', ')}`);
  return release;
}

/** The limits of `release` (as parseRuntimeRelease gives it): its row, or the newest listed row before it. */
export function runtimeSupport(release: string): RuntimeSupport {
  const row = [...TABLE].reverse().find((r) => !before(release, r.release)) ?? TABLE[0]!;
  return { release: row.release === release ? release : `${release} (held to ${row.release}'s limits)`, irVersion: row.ir, opsets: { '': row.onnx, 'ai.onnx': row.onnx, 'ai.onnx.ml': row.ml } };
}
