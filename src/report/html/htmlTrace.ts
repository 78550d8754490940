/**
 * One trace as a step-through: the design's figure beside the steps (previous/next buttons,
 * ←/→ keys, a clickable list of actions), each step with its action, what changed, and the
 * marks its state puts on the figure (`data-marks`, applied by the page script).
 */
import type { StateView } from '../../core/model.js';
import type { DesignPicture } from '../../design/picture/designPicture.js';
import { diffViews, type FieldChange } from '../../trace/diff.js';
import { formatValue } from '../formatValue.js';
import { escapeHtml } from './escapeHtml.js';

/** A trace as the page needs it: the views along it and the step labels. */
export interface HtmlTrace {
  readonly title: string;
  /** What the property says, when it says it. */
  readonly description?: string;
  /** Initial state first: `views[i]` is reached after `i` steps. */
  readonly views: readonly StateView[];
  /** Each step's action, and how long it took when the model's time has a length (`+0.25 s, t = 3 s`). */
  readonly steps: readonly { readonly action: string; readonly fault: boolean; readonly time?: string }[];
  /** The states where properties fail (0 = initial), marked in the panels and the list. */
  readonly fails: readonly { readonly state: number; readonly property: string }[];
  readonly reproduce: string;
}

/** The `<section>` of a trace, beside `figure` (the design's figure, from `designFigure`). */
export function htmlTrace(trace: HtmlTrace, picture: DesignPicture | undefined, figure: string): string {
  const last = trace.views.length - 1;
  const panels = trace.views.map((view, i) => {
    const marks = picture ? picture.marks(view).map((m) => [m.element, m.mark]) : [];
    const step = i === 0 ? undefined : trace.steps[i - 1];
    const action = step === undefined ? 'initial state' : `${step.action}${step.fault ? ' [fault]' : ''}`;
    const time = step?.time === undefined ? '' : `<p class="time">${escapeHtml(step.time)}</p>`;
    const changes = i === 0 ? Object.entries(view).map(([key, after]): FieldChange => ({ kind: 'added', key, after })) : diffViews(trace.views[i - 1]!, view);
    const fails = trace.fails.filter((f) => f.state === i).map((f) => `<p class="fails">${escapeHtml(f.property)} fails here</p>`).join('');
    return `<div class="step" data-step="${i}" data-marks="${escapeHtml(JSON.stringify(marks))}"${i === 0 ? '' : ' hidden'}><p class="action${step?.fault ? ' fault' : ''}">${escapeHtml(action)}</p>${time}${fails}${changeTable(changes, i === 0)}</div>`;
  });
  const list = trace.views.map((_, i) => {
    const step = trace.steps[i - 1];
    const words = step === undefined ? 'initial state' : step.action;
    return `<li><button type="button" class="goto${step?.fault ? ' fault' : ''}${trace.fails.some((f) => f.state === i) ? ' failing' : ''}" data-goto="${i}">${escapeHtml(words)}</button></li>`;
  });
  const controls = `<div class="controls"><button type="button" class="prev" aria-label="previous step">◀ previous</button><span class="position" aria-live="polite">initial state (0 of ${last})</span><button type="button" class="next" aria-label="next step">next ▶</button><span class="keys">or ← → keys</span></div>`;
  const steps = `<div class="steps">${controls}${panels.join('')}<ol class="steplist" start="0">${list.join('')}</ol></div>`;
  return `<section class="trace" tabindex="0" data-last="${last}"><h3>${escapeHtml(trace.title)}</h3>${trace.description ? `<p class="describe">${escapeHtml(trace.description)}</p>` : ''}<div class="stepper">${figure}${steps}</div><p class="reproduce">reproduce: <code>${escapeHtml(trace.reproduce)}</code></p></section>`;
}

function changeTable(changes: readonly FieldChange[], initial: boolean): string {
  if (changes.length === 0) return '<p class="nochange">nothing visible changed</p>';
  const rows = changes.map((c) => {
    const before = c.kind === 'added' ? '' : formatValue(c.before);
    const after = c.kind === 'removed' ? '(gone)' : formatValue(c.after);
    return initial ? `<tr><th>${escapeHtml(c.key)}</th><td>${escapeHtml(after)}</td></tr>` : `<tr><th>${escapeHtml(c.key)}</th><td class="before">${escapeHtml(before)}</td><td class="arrow">→</td><td class="after">${escapeHtml(after)}</td></tr>`;
  });
  const head = initial ? '<caption>every field</caption>' : '<caption>what changed</caption>';
  return `<table class="changes">${head}${rows.join('')}</table>`;
}
