// The eval stage's settings: tolerances for agreeing with reference outputs, and which output is scored.
export interface EvalSettings {
  atol: number;
  rtol: number;
  /** The output judged for accuracy; null = the model's first output. */
  output: string | null;
}
