import type { CliIo } from './io.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { shardName } from '../explore/shardSpec.js';

/**
 * Writes a shard result (the JSON `spof`, `simulate` or `check --shard i/n` makes) to stdout,
 * or atomically to `out` with a line on stderr saying so.
 */
export function writeShard(text: string, shard: { readonly index: number; readonly count: number }, out: string | undefined, io: CliIo): void {
  if (out === undefined) {
    io.out(text);
    return;
  }
  writeFileAtomic(out, text);
  io.err(`wrote shard ${shardName(shard)} to ${out}\n`);
}
