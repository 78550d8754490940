import type { ViewValue } from '../../core/model.js';

/**
 * The items of a list-valued view field, whether the view holds an array or the older
 * comma-joined string (`"switch:A,link:x"`, `"none"` when empty).
 */
export function viewList(value: ViewValue | undefined): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '' || value === 'none') return [];
  return value.split(',');
}
