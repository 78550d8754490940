import type { DesignPicture } from '../../design/picture/designPicture.js';
import { escapeHtml } from './escapeHtml.js';
import { layoutPicture } from './layoutPicture.js';
import { pictureSvg } from './pictureSvg.js';

/** The marks legend, in the order the page's styles give them colours. */
const LEGEND: readonly (readonly [string, string])[] = [
  ['failed', 'failed / down'],
  ['gray', 'gray failure (up, passes nothing)'],
  ['blocked', 'port blocked by spanning tree'],
  ['active', 'bond slave in use'],
  ['master', 'VRRP master'],
  ['primary', 'DRBD Primary'],
  ['root', 'spanning-tree root'],
  ['unreachable', 'cannot reach a peer it should (or in a loop)'],
  ['alike', 'fails with the same effect (spof class)'],
];

/**
 * The figure of a design: its laid-out picture with a legend, or, for a kind that draws none,
 * a sentence saying so (never an error).
 */
export function designFigure(picture: DesignPicture | undefined, kind: string, name: string): string {
  if (picture === undefined) return `<figure class="design none"><p class="nopicture">There is no picture for ${escapeHtml(kind)} designs yet: the steps below show every change as text.</p></figure>`;
  const svg = pictureSvg(layoutPicture(picture), `picture of design ${name}`);
  const legend = LEGEND.map(([mark, words]) => `<li><span class="swatch m-${mark}"></span>${words}</li>`).join('');
  return `<figure class="design">${svg}<figcaption><ul class="legend">${legend}</ul></figcaption></figure>`;
}
