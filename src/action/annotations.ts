// The annotations a gate leaves on the pull request's checks page: one per failing or warning model, on its .onnx file.
// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest without a word, so past that a
// last annotation of the type names the models left out; the step's own failure line (setFailed) is an error
// annotation too, and keeps its place.
import type { Report } from '../report/schema.js';
import { modelCause } from '../report/text.js';
import { logLine } from '../util/log.js';

/** GitHub's limit on annotations of one type (error, warning) per step. */
const PER_TYPE = 10;

/** How many of the models left out the summary names; the job summary has them all. */
const NAMED = 20;

interface Annotation {
  type: 'error' | 'warning';
  message: string;
  title: string;
  /** The model's file, relative to the repository's root; absent for the summary of the rest. */
  file?: string;
}

/**
 * `files` maps a model's name to its path relative to the repository's root. `stepFails`: the step ends with setFailed,
 * whose error annotation takes one of the errors' places.
 */
export function annotations(report: Report, files: ReadonlyMap<string, string>, stepFails: boolean): Annotation[] {
  const out: Annotation[] = [];
  for (const [verdict, type, verb] of [['fail', 'error', 'fail'], ['warn', 'warning', 'warn']] as const) {
    const flagged = report.models.filter((m) => m.verdict === verdict);
    const room = PER_TYPE - (type === 'error' && stepFails ? 1 : 0);
    const shown = flagged.length <= room ? flagged : flagged.slice(0, room - 1);
    for (const m of shown) {
      out.push({ type, message: logLine(`${m.name}: ${modelCause(m)}`), title: `model-gate: ${m.name} ${verb}s`, file: files.get(m.name) });
    }
    const rest = flagged.slice(shown.length);
    if (rest.length === 0) continue;
    const names = rest.slice(0, NAMED).map((m) => m.name).join(', ') + (rest.length > NAMED ? `, and ${rest.length - NAMED} more` : '');
    out.push({
      type,
      message: logLine(`${rest.length} more models ${verb}: ${names} (GitHub shows ${PER_TYPE} annotations of a kind per step; the job summary lists every model)`),
      title: `model-gate: ${rest.length} more models ${verb}`,
    });
  }
  return out;
}
