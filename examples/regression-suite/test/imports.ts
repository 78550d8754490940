// Type-checked by `npm run typecheck` (`tsc --noEmit`) and imported by a test: the four
// entry points a newcomer starts from exist, are typed, and narrow as documented.
import { check, loadDesign, simulate, spof, type CheckResult, type ErrorCode } from 'faultline';

export function verdictOf(path: string): CheckResult<unknown>['status'] {
  const design = loadDesign(path);
  const result = check(design, { maxFaults: 1 });
  if (result.status === 'error') {
    const code: ErrorCode = result.error.code;
    return code === 'FL302' ? 'error' : result.status;
  }
  const walked = simulate(design, { seed: 1, runs: 10 });
  return design.sweep !== undefined && spof(design).rows.length > 0 ? 'violation' : walked.status === 'violation' ? 'violation' : result.status;
}
