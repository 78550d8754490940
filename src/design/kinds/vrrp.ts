// PLACEHOLDER written by the design-loader engineer so the registry compiles.
// The VRRP engineer owns this file and replaces it entirely.
import type { DesignKind } from '../designKind.js';

/** Placeholder VRRP kind: accepts a `vrrp:` section and builds nothing yet. */
export const vrrpKind: DesignKind = {
  section: 'vrrp',
  description: 'VRRP / keepalived groups (placeholder until the VRRP kind lands)',
  sectionSchema: { type: 'object' },
  propertyNames: {},
  faultKinds: {},
  build(_doc, ctx) {
    return ctx.fail(['vrrp'], 'FL230', 'the VRRP design kind is not implemented yet');
  },
};
