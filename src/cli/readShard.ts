/**
 * Reads the shard result files `faultline merge` is given: each must be a readable JSON file
 * that a spof, simulate or check shard wrote (FL121 otherwise, naming the file).
 */
import { readFileSync } from 'node:fs';
import { FaultlineError, type SourceLocation } from '../core/errors.js';
import { jsonErrorAt } from './jsonErrorAt.js';
import type { CheckShardResult } from '../report/checkShard.js';
import type { SimulateShardResult } from '../report/simulateShard.js';
import type { SpofShardResult } from '../report/spofShard.js';

const HINT = 'pass the files written by faultline spof|simulate|check --shard i/n --out FILE';

/** An FL121 error: a file that is no readable shard result (at `location`, when known). */
export function notShard(message: string, hint = HINT, location?: SourceLocation): FaultlineError {
  return new FaultlineError({ code: 'FL121', message, hint, ...(location === undefined ? {} : { location }) });
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw notShard(`cannot read shard result ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const { reason, place } = jsonErrorAt(text, (e as Error).message);
    if (place === undefined) throw notShard(`${file} is not JSON: ${reason}`);
    const cut = 'the file ends inside a value: it was cut short (an interrupted upload or copy, a full disk); re-run that shard';
    throw notShard(`not JSON: ${reason}`, place.atEnd ? cut : HINT, { file, line: place.line, column: place.column });
  }
}

function isSpofShard(v: Partial<SpofShardResult>): v is SpofShardResult {
  const shard = v.shard as Partial<SpofShardResult['shard']> | undefined;
  return v.faultline === 1 && v.command === 'spof' && typeof shard?.index === 'number' && typeof shard.count === 'number' && Array.isArray(shard.ordinals) && typeof shard.designSha256 === 'string' && typeof v.report === 'object' && Array.isArray(v.report?.rows) && shard.ordinals.length === v.report.rows.length;
}

function isSimulateShard(v: Partial<SimulateShardResult>): v is SimulateShardResult {
  const o = v.outcome as Partial<SimulateShardResult['outcome']> | undefined;
  return v.faultline === 1 && v.command === 'simulate' && typeof v.shard?.index === 'number' && typeof v.shard.count === 'number' && typeof v.design?.sha256 === 'string' && typeof v.searched?.seed === 'number' && Array.isArray(o?.violations) && Array.isArray(o.witnesses) && typeof o.runs === 'number';
}

function isCheckShard(v: Partial<CheckShardResult>): v is CheckShardResult {
  const o = v.outcome as Partial<CheckShardResult['outcome']> | undefined;
  return (
    v.faultline === 1 && v.command === 'check' && typeof v.shard?.index === 'number' && typeof v.shard.count === 'number' && typeof v.design?.sha256 === 'string' &&
    typeof v.searched?.storage === 'string' && Array.isArray(o?.verdicts) && typeof o.stats?.states === 'number' && (o.status !== 'incomplete' || typeof o.limit === 'string')
  );
}

/** A shard result of any command. */
export type Shard = SpofShardResult | SimulateShardResult | CheckShardResult;

/** The shard result in `file`. Throws FL121. */
export function readShard(file: string): Shard {
  const v = readJson(file) as Partial<Shard>;
  if (isSpofShard(v as Partial<SpofShardResult>) || isSimulateShard(v as Partial<SimulateShardResult>) || isCheckShard(v as Partial<CheckShardResult>)) return v as Shard;
  throw notShard(`${file} is not a shard result`, 'shard results come from faultline spof|simulate|check DESIGN --shard i/n (a plain --format json report has no shard block)');
}
