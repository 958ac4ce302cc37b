// Gate stage: the verdict becomes an exit code. Errors never reach here; they are exit code 2 in the front doors.
import type { FailOn, Verdict } from '../checks.js';

const EXIT_OK = 0;
const EXIT_REGRESSION = 1;
export const EXIT_BAD_INPUT = 2;

export function exitCodeFor(verdict: Verdict, failOn: FailOn): number {
  if (failOn === 'never') return EXIT_OK;
  if (verdict === 'fail') return EXIT_REGRESSION;
  if (verdict === 'warn' && failOn === 'warn') return EXIT_REGRESSION;
  return EXIT_OK;
}
