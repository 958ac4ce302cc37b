// Eval stage: score baseline and candidate over the same eval sets against labels, reference outputs and each other.
// Each side's outputs come in from the caller, a set at a time (the gate's side processes spill them to disk, spill.ts;
// a session in this process serves tests and scripts); the scoring itself is in metrics.ts.
import { InputError } from '../errors.js';
import type { EvalSettings } from './settings.js';
import { runSession, type Session, toFeeds } from '../onnx/runtime.js';
import type { EvalSet, ModelInfo, Tensor } from '../types.js';
import { bindInputs, bindReferences } from './binding.js';
import { ClassTally, type ClassRecall } from './classes.js';
import { classScoring, labelNll, predictedClasses, predictionAgreement, referenceAgreement, regressionErrors, type ScoreKind } from './metrics.js';

export interface EvalSubject {
  /** Every output of the model's inference over eval set `index` of the sets being scored. */
  predict(set: EvalSet, index: number): Promise<Record<string, Tensor>>;
  info: Pick<ModelInfo, 'inputs' | 'outputs'>;
  label: string;
}

/** A subject whose inferences run on a session in this process (tests and scripts; the gate runs models in side processes). */
export function sessionSubject(session: Session, info: EvalSubject['info'], label: string): EvalSubject {
  return { predict: (set) => runSession(session, toFeeds(bindInputs(set, info, label)), label), info, label };
}

export interface SideScores {
  /** Top-1 accuracy from labels (classification). */
  accuracy: number | null;
  /** Errors against numeric labels (regression). */
  mae: number | null;
  rmse: number | null;
  /** Share of output elements within atol/rtol of the reference outputs, and the worst error. */
  referenceAgreement: number | null;
  referenceMaxAbsError: number | null;
  /** exp(mean −log p(label)) over the labelled positions, when the output's kind is known (eval.output-kind). */
  perplexity: number | null;
}

export interface Agreement {
  /** Share of positions where both predict the same class; null when the output is not a class score. */
  top1: number | null;
  withinShare: number;
  maxAbsError: number;
  /** √(Σ(candidate − baseline)² / Σ baseline²) over all output values; null when the baseline's outputs are all 0. */
  relativeRmsError: number | null;
  /** The same relative RMS difference for every other floating-point output both models have with the same shape. */
  others: OutputError[];
}

interface OutputError {
  output: string;
  relativeRmsError: number | null;
}

export interface EvalResult {
  task: 'classification' | 'regression' | null;
  /** The output that was scored. */
  output: string;
  sets: number;
  /** Labelled samples (classification: labelled positions; regression: values), else the number of output rows. */
  samples: number;
  /** Classes are read per position (a token, a pixel), not one per sample. */
  perPosition: boolean;
  /** Each class's recall on both sides and its McNemar test; null without a candidate or class labels, or when off. */
  classes: ClassRecall | null;
  /** Why there are no per-class figures although there are class labels and a candidate (the check is off). */
  classesOff: string | null;
  baseline: SideScores;
  candidate: SideScores | null;
  agreement: Agreement | null;
}

/** Weighted running mean: sets of different sizes count by their size. */
class Mean {
  private sum = 0;
  private weight = 0;
  add(value: number, weight: number): void {
    if (weight > 0 && Number.isFinite(value)) {
      this.sum += value * weight;
      this.weight += weight;
    }
  }
  get value(): number | null {
    return this.weight > 0 ? this.sum / this.weight : null;
  }
}

interface SideAccumulator {
  accuracy: Mean;
  nll: { sum: number; count: number };
  mae: Mean;
  mse: Mean;
  reference: Mean;
  referenceMax: number | null;
}

const newAccumulator = (): SideAccumulator => ({ accuracy: new Mean(), nll: { sum: 0, count: 0 }, mae: new Mean(), mse: new Mean(), reference: new Mean(), referenceMax: null });

/** Scores `baseline` (and `candidate`, when given) on every eval set. */
export async function evaluate(sets: EvalSet[], baseline: EvalSubject, candidate: EvalSubject | null, settings: EvalSettings): Promise<EvalResult> {
  const outputName = chooseOutput(baseline, candidate, settings);
  const acc = { baseline: newAccumulator(), candidate: newAccumulator() };
  const top1 = new Mean();
  const within = new Mean();
  let maxAbs = 0;
  let squaredError = 0;
  let squaredReference = 0;
  let task: EvalResult['task'] = null;
  let samples = 0;
  let perPosition = false;
  const tally = new ClassTally();
  // The other outputs are compared side to side only: labels and references are for the scored one.
  const others = new Map<string, { squaredError: number; squaredReference: number }>();

  for (const [index, set] of sets.entries()) {
    const all = { baseline: await baseline.predict(set, index), candidate: candidate ? await candidate.predict(set, index) : null };
    const outputs = { baseline: pick(all.baseline, outputName, baseline), candidate: all.candidate && candidate ? pick(all.candidate, outputName, candidate) : null };
    // References belong to the scored output by the same binding as the inputs (by name, then by position).
    const reference = bindReferences(set, baseline.info, baseline.label).get(outputName) ?? null;
    const predicted: Partial<Record<'baseline' | 'candidate', ReturnType<typeof classScoring>>> = {};
    for (const side of ['baseline', 'candidate'] as const) {
      const out = outputs[side];
      if (!out) continue;
      const a = acc[side];
      if (set.labels) {
        const scored = classScoring(out, set.labels, settings.classAxis, settings.ignoreIndex);
        if (scored) {
          task = 'classification';
          perPosition ||= scored.perPosition;
          a.accuracy.add(scored.correct / scored.labelled, scored.labelled);
          const kind = scoreKind(settings, scored.perPosition);
          if (kind && scored.scores) {
            const nll = labelNll(out, set.labels, settings.classAxis, settings.ignoreIndex, kind);
            a.nll.sum += nll.sum;
            a.nll.count += nll.count;
          }
          if (side === 'baseline') samples += scored.labelled;
          predicted[side] = scored;
        } else {
          task = 'regression';
          const errors = regressionErrors(out, set.labels);
          const n = elementCount(set.labels);
          a.mae.add(errors.mae, n);
          a.mse.add(errors.rmse * errors.rmse, n);
          if (side === 'baseline') samples += n;
        }
      }
      if (reference) {
        const r = referenceAgreement(out, reference, settings.atol, settings.rtol);
        a.reference.add(r.withinShare, r.count);
        a.referenceMax = Math.max(a.referenceMax ?? 0, r.maxAbsError);
      }
    }
    if (predicted.baseline && predicted.candidate) {
      if (predicted.candidate.predicted.length !== predicted.baseline.predicted.length) {
        throw new InputError(`${candidate!.label}: predicts ${predicted.candidate.predicted.length} positions but ${baseline.label} predicts ${predicted.baseline.predicted.length}`);
      }
      tally.add(predicted.baseline.truth, predicted.baseline.predicted, predicted.candidate.predicted, settings.ignoreIndex);
    }
    if (!set.labels) samples += outputs.baseline.dims[0] ?? 1;
    if (outputs.candidate) {
      const p = predictionAgreement(outputs.baseline, outputs.candidate, settings.atol, settings.rtol, settings.classAxis);
      // Weighted by positions: a set of longer sequences holds more predictions.
      const positions = predictedClasses(outputs.baseline, settings.classAxis)?.length ?? 0;
      if (p.top1Agreement !== null) top1.add(p.top1Agreement, positions);
      within.add(p.withinShare, elementCount(outputs.baseline));
      maxAbs = Math.max(maxAbs, p.maxAbsError);
      squaredError += p.squaredError;
      squaredReference += p.squaredReference;
    }
    for (const { name } of all.candidate ? baseline.info.outputs : []) {
      const [b, c] = [all.baseline[name], all.candidate?.[name]];
      // Only like with like: a candidate may change an output's shape or type, which is no error of the eval here.
      if (name === outputName || !b || !c || !isFloatType(b.elemType) || !isFloatType(c.elemType) || b.dims.join() !== c.dims.join()) continue;
      const p = predictionAgreement(b, c, settings.atol, settings.rtol);
      const sums = others.get(name) ?? { squaredError: 0, squaredReference: 0 };
      others.set(name, { squaredError: sums.squaredError + p.squaredError, squaredReference: sums.squaredReference + p.squaredReference });
    }
  }
  const scores = (a: SideAccumulator): SideScores => {
    const mse = a.mse.value;
    return {
      accuracy: a.accuracy.value,
      mae: a.mae.value,
      rmse: mse === null ? null : Math.sqrt(mse),
      referenceAgreement: a.reference.value,
      referenceMaxAbsError: a.referenceMax,
      perplexity: a.nll.count > 0 ? Math.exp(a.nll.sum / a.nll.count) : null,
    };
  };
  const classCheck = settings.classCheck === 'on' || (settings.classCheck === 'auto' && !perPosition);
  const classifiedBoth = task === 'classification' && candidate !== null;
  return {
    task,
    output: outputName,
    sets: sets.length,
    samples,
    perPosition,
    classes: classifiedBoth && classCheck ? tally.result(settings.classMinSamples) : null,
    classesOff: classifiedBoth && !classCheck ? (settings.classCheck === 'off' ? 'off (eval.class-check: off)' : CLASSES_OFF_PER_POSITION) : null,
    baseline: scores(acc.baseline),
    candidate: candidate ? scores(acc.candidate) : null,
    agreement: candidate
      ? {
          top1: top1.value,
          withinShare: within.value ?? Number.NaN,
          maxAbsError: maxAbs,
          relativeRmsError: relativeRms(squaredError, squaredReference),
          others: [...others].map(([output, s]) => ({ output, relativeRmsError: relativeRms(s.squaredError, s.squaredReference) })),
        }
      : null,
  };
}

const CLASSES_OFF_PER_POSITION =
  'off for per-position classes: the positions of a sequence or an image are not independent samples, which the McNemar test assumes (eval.class-check: on turns it on)';

/** What the scored output holds, for perplexity: `auto` reads per-position outputs as logits and gives none per sample. */
function scoreKind(settings: EvalSettings, perPosition: boolean): ScoreKind | null {
  if (settings.outputKind !== 'auto') return settings.outputKind;
  return perPosition ? 'logits' : null;
}

function chooseOutput(baseline: EvalSubject, candidate: EvalSubject | null, settings: EvalSettings): string {
  const name = settings.output ?? baseline.info.outputs[0]?.name;
  if (name === undefined) throw new InputError(`${baseline.label}: model has no outputs`);
  for (const subject of [baseline, candidate]) {
    if (subject && !subject.info.outputs.some((o) => o.name === name)) {
      throw new InputError(
        `${subject.label}: has no output "${name}" (outputs: ${subject.info.outputs.map((o) => o.name).join(', ')}); set eval.output in the config`,
      );
    }
  }
  return name;
}

function pick(outputs: Record<string, Tensor>, output: string, subject: EvalSubject): Tensor {
  const out = outputs[output];
  if (!out) throw new InputError(`${subject.label}: inference returned no output "${output}"`);
  return out;
}

const relativeRms = (squaredError: number, squaredReference: number) => (squaredReference > 0 ? Math.sqrt(squaredError / squaredReference) : null);

function isFloatType(type: Tensor['elemType']): boolean {
  return /^(b?float\d+)$/.test(type);
}

function elementCount(t: Tensor): number {
  return t.dims.reduce((a, b) => a * b, 1);
}
