/** Quotes a word for a POSIX shell when it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `faultline replay <file> --path 0/2/1`: replays one trace exactly. */
export function replayCommand(file: string, path: string): string {
  return `faultline replay ${shellQuote(file)} --path ${path}`;
}

/** `faultline simulate <file> --seed N`: reruns the same random walks. */
export function rerunCommand(file: string, seed: number): string {
  return `faultline simulate ${shellQuote(file)} --seed ${seed}`;
}
