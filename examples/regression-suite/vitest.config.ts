import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Registers toHold, toBeViolated, toBeWitnessed and toBreakNothing for every test file.
    setupFiles: ['faultline/vitest'],
    testTimeout: 120_000,
  },
});
