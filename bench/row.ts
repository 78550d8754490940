/**
 * `node dist/bench/row.js '<request JSON>'`: measures one bench row (bench/measureRow.ts) and
 * prints its JSON line on stdout. `npm run bench` starts one such process a row
 * (bench/rowProcess.ts).
 */
import { measureRow, type RowRequest } from './measureRow.js';

const line = await measureRow(JSON.parse(process.argv[2] ?? '{}') as RowRequest);
process.stdout.write(`${JSON.stringify(line)}\n`);
