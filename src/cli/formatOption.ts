import { Option } from 'commander';
import { reportFormatNames } from '../report/formats.js';

/** `--format <format>`, validated against the report registry. */
export function formatOption(): Option {
  return new Option('--format <format>', 'report format').choices(reportFormatNames).default('text');
}

/** `--out <file>`. */
export function outOption(): Option {
  return new Option('--out <file>', 'write the report in --format to this file (stdout then gets the text report)');
}
