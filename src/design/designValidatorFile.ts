/** Where the design validator generated at build time lives, relative to the package root. */
export const DESIGN_VALIDATOR_FILE = 'dist/src/design/designValidator.generated.cjs';
