// Gate stage: the verdict becomes an exit code, and every exit code either front door ends with is declared here.
import type { FailOn, Verdict } from '../checks.js';

/**
 * The CLI's exit codes. The action ends its step with the same codes but one: GitHub shows a step as passed or failed,
 * and @actions/core's setFailed ends a failed step with 1, so the action's bad input is 1 like a regression (told apart
 * by the step's one error annotation, which names the input) — see ACTION_BAD_INPUT.
 */
export const EXIT = {
  pass: 0,
  /** A regression passed a fail threshold (fail-on decides which). */
  regression: 1,
  /** Bad usage or bad input: one line names the input and what is wrong. */
  badInput: 2,
  /**
   * A bug in model-gate, or a failure outside the user's inputs — among them onnxruntime's provisioning when it cannot
   * fetch the runtime for this platform (src/onnx/provision.ts throws a plain Error, which lands here).
   */
  internal: 3,
} as const;

/** The action's step on bad input: setFailed's code (see EXIT). */
export const ACTION_BAD_INPUT = 1;

export function exitCodeFor(verdict: Verdict, failOn: FailOn): number {
  if (failOn === 'never') return EXIT.pass;
  if (verdict === 'fail') return EXIT.regression;
  if (verdict === 'warn' && failOn === 'warn') return EXIT.regression;
  return EXIT.pass;
}
