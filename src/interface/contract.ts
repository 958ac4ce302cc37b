// The interface contract (the interface stage, below compare and variants, which both judge it): what a consumer of the model relies on — graph inputs and outputs (names, order, element
// types, ranks, dimensions), opsets and IR version — compared between baseline and candidate. Pure: two ModelInfos (read
// from the restored, verified bytes of both sides) and the target runtime's limits in, the changes out.
import type { ModelInfo, ValueInfo } from '../types.js';
import type { RuntimeSupport } from './runtime-support.js';

/** Every kind of change, and whether it breaks a consumer (fails by default) or is compatible (shown, never failing). */
const KINDS = {
  'input-added': true,
  'input-removed': true,
  'input-renamed': true,
  'input-moved': true,
  'output-removed': true,
  'output-renamed': true,
  'output-moved': true,
  'output-added': false,
  'type-changed': true,
  'rank-changed': true,
  'dim-changed': true,
  'dim-made-fixed': true,
  'dim-made-dynamic': false,
  'dim-renamed': false,
  'opset-unsupported': true,
  'ir-version-unsupported': true,
  'opset-changed': false,
  'ir-version-changed': false,
  'producer-changed': false,
  'metadata-changed': false,
} as const satisfies Record<string, boolean>;

export type InterfaceChangeKind = keyof typeof KINDS;
export const INTERFACE_CHANGE_KINDS = Object.keys(KINDS) as [InterfaceChangeKind, ...InterfaceChangeKind[]];

export interface InterfaceChange {
  kind: InterfaceChangeKind;
  breaking: boolean;
  /** What it concerns: an input's or output's name (a dimension as `name[axis]`), an opset domain, or a model field. */
  name: string;
  before: string | null;
  after: string | null;
}

/** The comparison of one model: the target runtime it was held to and every change, breaking ones first. */
export interface InterfaceComparison {
  target: string;
  changes: InterfaceChange[];
}

/** Names and shapes come from the model, which may be hostile: each text a change holds is cut to this many characters. */
const MAX_TEXT = 200;
const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
const change = (kind: InterfaceChangeKind, name: string, before: string | null, after: string | null): InterfaceChange => ({
  kind,
  breaking: KINDS[kind],
  name: clip(name),
  before: before === null ? null : clip(before),
  after: after === null ? null : clip(after),
});

type Side = 'input' | 'output';

export function compareInterface(baseline: ModelInfo, candidate: ModelInfo, target: RuntimeSupport): InterfaceComparison {
  const changes = [
    ...compareValues('input', baseline.inputs, candidate.inputs),
    ...compareValues('output', baseline.outputs, candidate.outputs),
    ...compareVersions(baseline, candidate, target),
    ...compareMetadata(baseline, candidate),
  ];
  // Stable: breaking changes first, each group in the order found (inputs, outputs, versions, metadata).
  return { target: target.release, changes: [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)] };
}

/**
 * Values are matched by name; a baseline value missing from the candidate and a new candidate value at the same position
 * are one value renamed. A kept value at another position is moved: consumers that feed or read by position break.
 */
function compareValues(side: Side, before: ValueInfo[], after: ValueInfo[]): InterfaceChange[] {
  const out: InterfaceChange[] = [];
  const beforeNames = new Set(before.map((v) => v.name));
  const pairs: Array<[ValueInfo, ValueInfo]> = [];
  const renamedTo = new Set<string>();
  for (const [i, b] of before.entries()) {
    const same = after.find((a) => a.name === b.name);
    if (same) {
      const j = after.indexOf(same);
      if (j !== i) out.push(change(`${side}-moved`, b.name, `position ${i}`, `position ${j}`));
      pairs.push([b, same]);
      continue;
    }
    const there = after[i];
    if (there && !beforeNames.has(there.name)) {
      out.push(change(`${side}-renamed`, b.name, b.name, there.name));
      renamedTo.add(there.name);
      pairs.push([b, there]);
    } else out.push(change(`${side}-removed`, b.name, describeValue(b), null));
  }
  for (const a of after) {
    if (!beforeNames.has(a.name) && !renamedTo.has(a.name)) out.push(change(`${side}-added`, a.name, null, describeValue(a)));
  }
  for (const [b, a] of pairs) out.push(...compareValue(b, a));
  return out;
}

function compareValue(b: ValueInfo, a: ValueInfo): InterfaceChange[] {
  const name = a.name;
  if (b.elemType !== a.elemType) return [change('type-changed', name, b.elemType ?? 'not a tensor', a.elemType ?? 'not a tensor')];
  if (b.shape === null && a.shape === null) return [];
  if (b.shape === null || a.shape === null || b.shape.length !== a.shape.length) return [change('rank-changed', name, shapeText(b.shape), shapeText(a.shape))];
  const out: InterfaceChange[] = [];
  const bs = b.shape;
  a.shape.forEach((dim, axis) => {
    const was = bs[axis] ?? null;
    if (was === dim) return;
    const at = `${name}[${axis}]`;
    const fixed = (d: number | string | null) => typeof d === 'number';
    if (fixed(was) && fixed(dim)) out.push(change('dim-changed', at, dimText(was), dimText(dim)));
    else if (fixed(dim)) out.push(change('dim-made-fixed', at, dimText(was), dimText(dim)));
    else if (fixed(was)) out.push(change('dim-made-dynamic', at, dimText(was), dimText(dim)));
    else out.push(change('dim-renamed', at, dimText(was), dimText(dim)));
  });
  return out;
}

const dimText = (d: number | string | null) => (d === null ? '?' : String(d));
const shapeText = (shape: ValueInfo['shape']) => (shape === null ? 'unknown rank' : `[${shape.map(dimText).join(',')}]`);
const describeValue = (v: ValueInfo) => `${v.elemType ?? 'not a tensor'} ${shapeText(v.shape)}`;

/** ai.onnx may be written '' or 'ai.onnx'. */
const domainName = (d: string) => (d === '' ? 'ai.onnx' : d);

function compareVersions(baseline: ModelInfo, candidate: ModelInfo, target: RuntimeSupport): InterfaceChange[] {
  const out: InterfaceChange[] = [];
  const runtime = `onnxruntime ${target.release}`;
  if (candidate.irVersion > target.irVersion) out.push(change('ir-version-unsupported', 'IR version', String(baseline.irVersion), `${candidate.irVersion} (${runtime} reads up to ${target.irVersion})`));
  else if (candidate.irVersion !== baseline.irVersion) out.push(change('ir-version-changed', 'IR version', String(baseline.irVersion), String(candidate.irVersion)));
  const was = new Map(baseline.opsetImports.map((o) => [domainName(o.domain), o.version]));
  for (const o of candidate.opsetImports) {
    const domain = domainName(o.domain);
    const limit = target.opsets[o.domain];
    const before = was.get(domain);
    const beforeText = before === undefined ? null : String(before);
    if (limit !== undefined && o.version > limit) out.push(change('opset-unsupported', domain, beforeText, `${o.version} (${runtime} implements up to ${limit})`));
    else if (before !== o.version) out.push(change('opset-changed', domain, beforeText, String(o.version)));
  }
  const now = new Set(candidate.opsetImports.map((o) => domainName(o.domain)));
  for (const [domain, version] of was) if (!now.has(domain)) out.push(change('opset-changed', domain, String(version), null));
  return out;
}

function compareMetadata(baseline: ModelInfo, candidate: ModelInfo): InterfaceChange[] {
  const out: InterfaceChange[] = [];
  const producer = (m: ModelInfo) => `${m.producerName} ${m.producerVersion}`.trim();
  if (producer(baseline) !== producer(candidate)) out.push(change('producer-changed', 'producer', producer(baseline) || null, producer(candidate) || null));
  const fields = ['domain', 'modelVersion', 'docString', 'graphName'] as const;
  for (const f of fields) {
    const b = String(baseline[f]);
    const a = String(candidate[f]);
    // The doc string can be long: that it changed is the fact, not its text.
    if (b !== a) out.push(change('metadata-changed', f, f === 'docString' ? null : b, f === 'docString' ? null : a));
  }
  return out;
}

/** `input "x" renamed to "ids"`: one change in words, for the Why column, the details and the variant table. */
export function describeChange(c: Pick<InterfaceChange, 'kind' | 'name' | 'before' | 'after'>): string {
  const q = (s: string | null) => `"${s ?? ''}"`;
  const was = c.before ?? 'none';
  const now = c.after ?? 'none';
  switch (c.kind) {
    case 'input-added':
    case 'output-added':
      return `${c.kind.split('-')[0]} ${q(c.name)} added (${now})`;
    case 'input-removed':
    case 'output-removed':
      return `${c.kind.split('-')[0]} ${q(c.name)} removed`;
    case 'input-renamed':
    case 'output-renamed':
      return `${c.kind.split('-')[0]} ${q(c.name)} renamed to ${q(c.after)}`;
    case 'input-moved':
    case 'output-moved':
      return `${c.kind.split('-')[0]} ${q(c.name)} moved from ${was} to ${now}`;
    case 'type-changed':
      return `${q(c.name)} element type ${was} → ${now}`;
    case 'rank-changed':
      return `${q(c.name)} shape ${was} → ${now}`;
    case 'dim-changed':
      return `${q(c.name)} fixed dimension ${was} → ${now}`;
    case 'dim-made-fixed':
      return `${q(c.name)} dynamic dimension ${was} made fixed (${now})`;
    case 'dim-made-dynamic':
      return `${q(c.name)} fixed dimension ${was} made dynamic (${now})`;
    case 'dim-renamed':
      return `${q(c.name)} dynamic dimension ${was} → ${now}`;
    case 'opset-unsupported':
      return `opset ${c.name} ${now}`;
    case 'ir-version-unsupported':
      return `IR version ${now}`;
    case 'opset-changed':
      return `opset ${c.name} ${was} → ${now}`;
    case 'ir-version-changed':
      return `IR version ${was} → ${now}`;
    case 'producer-changed':
      return `producer ${q(c.before)} → ${q(c.after)}`;
    case 'metadata-changed':
      return c.before === null && c.after === null ? `${c.name} changed` : `${c.name} ${q(c.before)} → ${q(c.after)}`;
  }
}

/** The breaking changes of a comparison, counted: the value the `interface` check judges (0 on the baseline's side). */
export function breakingCount(changes: readonly Pick<InterfaceChange, 'breaking'>[]): number {
  return changes.filter((c) => c.breaking).length;
}

const VERSION_OR_METADATA: ReadonlySet<InterfaceChangeKind> = new Set(['opset-changed', 'ir-version-changed', 'producer-changed', 'metadata-changed']);

/**
 * The changes that keep a variant from standing in for its original: every change to the inputs and outputs, compatible
 * or not (a consumer of the original must be able to use it unchanged), and every breaking one. A raised opset or a new
 * producer is how a variant is made, not a change of what it takes and gives.
 */
export function variantInterfaceChanges(changes: readonly InterfaceChange[]): InterfaceChange[] {
  return changes.filter((c) => c.breaking || !VERSION_OR_METADATA.has(c.kind));
}
