import { ExitCode } from '../core/result.js';

/** Exit codes from mildest to worst: a tool failure outranks bad input, which outranks a finding. */
const RANK: readonly number[] = [ExitCode.ok, ExitCode.incomplete, ExitCode.violation, ExitCode.usage, ExitCode.internal];

/** The worst of several runs' exit codes (0 for none): internal 3 > usage 2 > violation 1 > incomplete 4 > ok 0. */
export function worstExitCode(codes: readonly number[]): number {
  return codes.reduce((worst, code) => (RANK.indexOf(code) > RANK.indexOf(worst) ? code : worst), ExitCode.ok as number);
}
