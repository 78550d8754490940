/**
 * The inline SVG of a laid-out picture. Every element that a mark can land on carries its
 * key in `data-el` (`n:Switch1`, `e:<link id>`, `p:Switch1:p1`); nodes carry a badge the
 * page script fills with their marks' words. Names are escaped.
 */
import { edgeKey, nodeKey, portKey } from '../../design/picture/designPicture.js';
import { escapeHtml } from './escapeHtml.js';
import type { PictureLayout, PlacedNode, Point } from './layoutPicture.js';

const BADGE_ROOM = 16;

/** The `<svg>` of `layout`; `label` names it for assistive technology. */
export function pictureSvg(layout: PictureLayout, label: string): string {
  const height = layout.height + BADGE_ROOM;
  const edges = layout.edges.map((e) => {
    const title = `<title>${escapeHtml(e.id)}</title>`;
    const line = `<polyline class="edge" points="${e.points.map(pt).join(' ')}"/>`;
    const ports = e.ports.map((p) => `<circle class="port" data-el="${escapeHtml(portKey(p.port))}" cx="${p.x}" cy="${p.y}" r="4.5"><title>${escapeHtml(p.port)}</title></circle>`);
    return `<g class="link" data-el="${escapeHtml(edgeKey(e.id))}">${title}${line}${captionSvg(e.points, e.caption)}</g>${ports.join('')}`;
  });
  const nodes = layout.nodes.map(nodeSvg);
  return `<svg class="picture" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${layout.width} ${height}" width="${layout.width}" height="${height}">${edges.join('')}${nodes.join('')}</svg>`;
}

/** The caption of an edge, just above its midpoint. */
function captionSvg(points: readonly Point[], caption: string | undefined): string {
  if (caption === undefined || points.length === 0) return '';
  const a = points[Math.floor((points.length - 1) / 2)]!;
  const b = points[Math.ceil((points.length - 1) / 2)]!;
  return `<text class="caption" x="${round((a.x + b.x) / 2)}" y="${round((a.y + b.y) / 2 - 4)}">${escapeHtml(caption)}</text>`;
}

function nodeSvg(n: PlacedNode): string {
  const x = round(n.x - n.width / 2);
  const y = round(n.y - n.height / 2);
  const radius = n.shape === 'host' || n.shape === 'client' ? 12 : n.shape === 'lan' ? n.height / 2 : n.shape === 'node' ? 8 : 3;
  const box = `<rect class="box" x="${x}" y="${y}" width="${round(n.width)}" height="${n.height}" rx="${radius}"/>`;
  const text = `<text class="name" x="${round(n.x)}" y="${round(n.y + 4)}">${escapeHtml(n.label)}</text>`;
  const badge = `<text class="badge" data-badge="${escapeHtml(nodeKey(n.name))}" x="${round(n.x)}" y="${round(n.y + n.height / 2 + 13)}"></text>`;
  return `<g class="node ${n.shape}" data-el="${escapeHtml(nodeKey(n.name))}"><title>${escapeHtml(`${n.shape} ${n.name}`)}</title>${box}${text}${badge}</g>`;
}

function pt(p: Point): string {
  return `${round(p.x)},${round(p.y)}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
