import { expect, it } from 'vitest';
import { verdictOf } from './imports.js';

it('check, loadDesign, simulate and spof run from the installed package', () => {
  expect(verdictOf('designs/office-gateways.yaml')).toBe('pass');
  expect(verdictOf('designs/rack.yaml')).toBe('pass');
});
