/**
 * Text made safe for HTML and SVG text and attribute values: `&`, `<`, `>`, `"` and `'`
 * become character references, so a design whose names hold `<script>` or quotes shows them
 * as text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
