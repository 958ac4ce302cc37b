// The eval stage's settings: tolerances for agreeing with reference outputs, which output is scored and how its classes
// are read, and the per-class recall check. Their defaults are the settings table's (src/inputs/settings.ts).

/** What a class-score output holds; `auto` = logits for per-position outputs, no perplexity for one score row per sample. */
export const OUTPUT_KINDS = ['auto', 'logits', 'probabilities', 'log-probabilities'] as const;
type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The per-class recall check: `auto` = on for one class per sample, off for per-position classes. */
export const CLASS_CHECK_MODES = ['auto', 'on', 'off'] as const;
type ClassCheckMode = (typeof CLASS_CHECK_MODES)[number];

export interface EvalSettings {
  atol: number;
  rtol: number;
  /** The output judged for accuracy; null = the model's first output. */
  output: string | null;
  /** Labels equal to this are skipped (PyTorch's cross_entropy default, −100). */
  ignoreIndex: number;
  outputKind: OutputKind;
  /** The scored output's class axis; negative counts from the end (−1 = the last). */
  classAxis: number;
  classCheck: ClassCheckMode;
  /** Classes with fewer labelled samples are reported, never judged. */
  classMinSamples: number;
}
