// Threshold syntax, parsed in one place for the CLI, the action and the config file.
import { InputError, oneOf } from '../errors.js';
import type { Threshold, ThresholdPair } from '../checks.js';
import { isMetricId, METRIC_IDS, METRICS, type MetricDef, type MetricId } from '../checks.js';

export const THRESHOLD_FORMS =
  'accepted forms: "+10%" or "10%" (relative to the baseline), "+0.01" / "-0.01" (absolute, in the metric\'s unit), ' +
  '"-0.5pp" (percentage points, for shares such as accuracy), "+5ms", or "none"; a pair is "WARN/FAIL", e.g. "+10%/+25%"';

/** Parses one threshold such as `+10%`, `-0.01`, `-0.5pp`, `+5ms` or `none` for `metric`; `source` names the input. */
export function parseThreshold(raw: string | number, metric: MetricDef, source: string): Threshold | null {
  const text = String(raw).trim();
  const fail = (why: string): never => {
    throw new InputError(`${source}: threshold "${text}" for ${metric.id} ${why}; ${THRESHOLD_FORMS}`);
  };
  if (/^(none|off)$/i.test(text)) return null;
  const match = /^([+-]?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%|pp|ms)?$/i.exec(text);
  if (!match) return fail('is not understood');
  const [, sign = '', digits = '', suffix = ''] = match;
  const unit = suffix.toLowerCase();
  if (unit === 'pp' && metric.unit !== 'share') fail('uses "pp", which only applies to shares such as accuracy');
  if (unit === 'ms' && metric.unit !== 'ms') fail('uses "ms", which only applies to timings');
  const worseSign = metric.worse === 'higher' ? '+' : '-';
  if (sign !== '' && sign !== worseSign) {
    fail(`points the wrong way: ${metric.label} gets worse as it goes ${metric.worse === 'higher' ? 'up' : 'down'}, so write "${worseSign}${digits}${suffix}"`);
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) fail('is not a finite number');
  if (unit === '%') return { kind: 'relative', amount: value / 100, text: `${worseSign}${digits}%` };
  const amount = unit === 'pp' ? value / 100 : value;
  return { kind: 'absolute', amount, text: `${worseSign}${digits}${suffix}` };
}

/** Parses `WARN/FAIL`; a single value sets only the fail level and keeps `base.warn`. */
export function parseThresholdPair(raw: string | number, metric: MetricDef, source: string, base: ThresholdPair): ThresholdPair {
  const parts = String(raw).split('/');
  if (parts.length > 2) {
    throw new InputError(`${source}: threshold "${raw}" for ${metric.id} has more than two parts; ${THRESHOLD_FORMS}`);
  }
  const pair =
    parts.length === 2
      ? { warn: parseThreshold(parts[0]!, metric, source), fail: parseThreshold(parts[1]!, metric, source) }
      : { warn: base.warn, fail: parseThreshold(parts[0]!, metric, source) };
  checkOrder(pair, metric, source);
  return pair;
}

/** A warn level beyond the fail level of the same kind would never be seen: say so instead of ignoring it. */
export function checkOrder(pair: ThresholdPair, metric: MetricDef, source: string): void {
  const { warn, fail } = pair;
  if (warn && fail && warn.kind === fail.kind && warn.amount > fail.amount) {
    throw new InputError(`${source}: for ${metric.id} the warn level ${warn.text} is beyond the fail level ${fail.text}; warn must come first`);
  }
}

export function metricFromName(name: string, source: string): MetricDef {
  const id = name.trim();
  if (!isMetricId(id)) throw new InputError(`${source}: unknown metric "${id}"; metrics are ${METRIC_IDS.join(', ')}`);
  return METRICS[id];
}

/**
 * Parses the line form used by the `thresholds` action input and `--threshold`: `metric: WARN/FAIL` or
 * `metric=WARN/FAIL`, one per line or separated by commas/semicolons.
 */
export function parseThresholdLines(text: string, source: string, base: Record<MetricId, ThresholdPair>): Partial<Record<MetricId, ThresholdPair>> {
  const out: Partial<Record<MetricId, ThresholdPair>> = {};
  for (const line of text.split(/[\n,;]/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([a-z0-9-]+)\s*[:=]\s*(.+)$/i.exec(trimmed);
    if (!match) throw new InputError(`${source}: "${trimmed}" is not "metric: WARN/FAIL" (e.g. "latency-p50: +10%/+25%")`);
    const metric = metricFromName(match[1]!, source);
    out[metric.id] = parseThresholdPair(match[2]!, metric, source, out[metric.id] ?? base[metric.id]);
  }
  return out;
}

export function defaultThresholds(): Record<MetricId, ThresholdPair> {
  const out = {} as Record<MetricId, ThresholdPair>;
  for (const id of METRIC_IDS) {
    const def = METRICS[id];
    out[id] = {
      warn: def.defaults.warn === null ? null : parseThreshold(def.defaults.warn, def, 'defaults'),
      fail: def.defaults.fail === null ? null : parseThreshold(def.defaults.fail, def, 'defaults'),
    };
  }
  return out;
}

/** The `interface` setting's levels: which verdict a breaking interface change gives. */
export const INTERFACE_LEVELS = ['fail', 'warn', 'off'] as const;

/**
 * The `interface` setting as the interface metric's levels: it counts breaking changes, so `fail` is a fail level of +0
 * (any), `warn` a warn level of +0, and `off` no level (the changes are still shown).
 */
export function interfaceLevel(value: string, source: string): ThresholdPair {
  const level = oneOf(value.trim(), INTERFACE_LEVELS, source);
  const any = parseThreshold('+0', METRICS.interface, source);
  return { warn: level === 'warn' ? any : null, fail: level === 'fail' ? any : null };
}
