import type { CodeFlow, MultiformatMessageString, ThreadFlowLocation } from 'sarif';
import type { StateView, ViewValue } from '../../core/model.js';
import { diffViews, type FieldChange } from '../../trace/diff.js';
import { formatValue } from '../formatValue.js';
import type { DesignInfo } from '../report.js';
import { formatSeconds } from '../traceGroups.js';
import type { ArtifactTable } from './sarifArtifacts.js';
import { stepElement } from './stepElement.js';

/** A trace as the code flow needs it: the views along it and each step's action. */
export interface FlowTrace {
  readonly initialView: StateView;
  readonly steps: readonly { readonly action: string; readonly fault: boolean; readonly view: StateView; readonly duration?: number }[];
}

function changeText(change: FieldChange): string {
  switch (change.kind) {
    case 'changed':
      return `${formatValue(change.before)} → ${formatValue(change.after)}`;
    case 'added':
      return `= ${formatValue(change.after)}`;
    case 'removed':
      return `removed (was ${formatValue(change.before)})`;
  }
}

function stateOf(entries: readonly (readonly [string, string])[]): Record<string, MultiformatMessageString> {
  return Object.fromEntries(entries.map(([key, text]) => [key, { text }]));
}

/**
 * A trace as one SARIF code flow with one thread flow: the initial state as `initialState`,
 * then one location per step whose message is the step's action (`[fault]` marked, and the
 * time since the start where the model's ticks have a length), located
 * where the design defines the element the action names (the design's section when it names
 * none), with what the step changed as its `state`. Faults and the step where the property
 * fails (`failsAt`, 1-based) are `essential`; steps naming no element (timer ticks) are
 * `unimportant`. A trace without steps (the initial state fails) has one location, that state.
 */
export function codeFlowOf(trace: FlowTrace, design: DesignInfo, artifacts: ArtifactTable, message: string, failsAt?: number): CodeFlow {
  const elements = design.locations?.elements ?? {};
  const section = design.locations?.section ?? { file: design.file, line: 1, column: 1 };
  let previous = trace.initialView;
  let clock = 0;
  const locations: ThreadFlowLocation[] = trace.steps.map((step, i) => {
    const changes = diffViews(previous, step.view);
    previous = step.view;
    const element = stepElement(step.action, elements);
    clock += step.duration ?? 1;
    const time = design.secondsPerTick === undefined ? '' : ` (t = ${formatSeconds(clock * design.secondsPerTick)})`;
    const text = `${i + 1}. ${step.action}${step.fault ? ' [fault]' : ''}${time}`;
    const essential = step.fault || failsAt === i + 1;
    return {
      location: artifacts.location(element?.at ?? section, design.file, text),
      executionOrder: i + 1,
      kinds: [step.fault ? 'fault' : 'step'],
      importance: essential ? 'essential' : element ? 'important' : 'unimportant',
      ...(changes.length > 0 ? { state: stateOf(changes.map((c) => [c.key, changeText(c)])) } : {}),
    };
  });
  // A property that fails in the initial state has no step: the flow is that state alone.
  if (locations.length === 0) locations.push({ location: artifacts.location(section, design.file, '0. the initial state'), executionOrder: 0, importance: 'essential' });
  const initialState = stateOf(Object.entries(trace.initialView).map(([key, value]) => [key, formatValue(value as ViewValue)]));
  return { message: { text: message }, threadFlows: [{ initialState, locations }] };
}
