/**
 * Every stable error code faultline reports, as data and as a type. The table of record is
 * docs/decisions/0005-error-codes.md; `test/core/errorCodes.test.ts` reads that table and
 * fails when this list and the table disagree. A new code is one row (or one mention) in the
 * table and one entry here.
 */

/** The codes, grouped by the table's rows. */
export const ERROR_CODES = [
  // FL1xx usage (CLI)
  'FL101', 'FL102', 'FL103', 'FL104', 'FL105', 'FL106', 'FL107', 'FL110',
  // FL12x sharding and workers (decision 0029)
  'FL120', 'FL121', 'FL122', 'FL123',
  // FL13x simulate shards and merge (decision 0037)
  'FL130', 'FL131',
  // FL20x design file
  'FL201', 'FL202', 'FL203', 'FL204', 'FL205', 'FL206', 'FL207', 'FL208', 'FL209',
  // FL21x design schema
  'FL210', 'FL211', 'FL212', 'FL213', 'FL214', 'FL215', 'FL216', 'FL217', 'FL218', 'FL219',
  // FL22x check and faults
  'FL220', 'FL221', 'FL222', 'FL224', 'FL225', 'FL226', 'FL227', 'FL228', 'FL229',
  // FL230–FL239 VRRP kind
  'FL230', 'FL231', 'FL232', 'FL233', 'FL234', 'FL235', 'FL236', 'FL237', 'FL238',
  // FL240–FL248 site kind
  'FL240', 'FL241', 'FL242', 'FL243', 'FL244', 'FL245', 'FL246', 'FL247', 'FL248',
  // FL25x topology kind
  'FL250', 'FL251', 'FL252', 'FL253', 'FL254', 'FL255', 'FL256', 'FL257', 'FL258', 'FL259',
  // FL26x DRBD and HA-stack kinds
  'FL260', 'FL261', 'FL262', 'FL263', 'FL264', 'FL265', 'FL266', 'FL267', 'FL268', 'FL269',
  // FL27x DNS and LVS kinds
  'FL270', 'FL271', 'FL272', 'FL273', 'FL274', 'FL275', 'FL276', 'FL277', 'FL278', 'FL279',
  // FL28x MC-LAG, LACP and RSTP kinds
  'FL280', 'FL281', 'FL282', 'FL283', 'FL284', 'FL285', 'FL286', 'FL287', 'FL288', 'FL289',
  // FL29x trace files
  'FL290', 'FL291', 'FL292', 'FL293', 'FL294',
  // FL295–FL299 topology kind: spanning-tree port guards (decision 0034)
  'FL295', 'FL296', 'FL297', 'FL298',
  // FL3xx model
  'FL301', 'FL302', 'FL303', 'FL304', 'FL310', 'FL311',
  // FL4xx config import
  'FL401', 'FL402', 'FL403', 'FL404', 'FL405', 'FL406', 'FL407', 'FL408',
  'FL410', 'FL411', 'FL412', 'FL413', 'FL414', 'FL415', 'FL416', 'FL417',
  'FL418', 'FL419', 'FL420', 'FL421', 'FL422',
  // FL9xx internal
  'FL900', 'FL901', 'FL902',
] as const;

/** A stable error code, e.g. `'FL204'`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const known: ReadonlySet<string> = new Set(ERROR_CODES);

/** Narrows a string to an {@link ErrorCode}. */
export function isErrorCode(code: string): code is ErrorCode {
  return known.has(code);
}
