import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Artifact, ArtifactLocation, Location } from 'sarif';
import type { SourceLocation } from '../../core/errors.js';

/** The base every relative artifact URI is read against: the folder faultline ran in. */
export const SRCROOT = '%SRCROOT%';

/**
 * An artifact's location as SARIF wants it: relative to the current folder under
 * {@link SRCROOT} (so code scanning shows the finding on the file in the repository), or an
 * absolute `file:` URI for a file outside it. Path segments are percent-encoded.
 */
export function artifactUri(file: string): Pick<ArtifactLocation, 'uri' | 'uriBaseId'> {
  const rel = relative(process.cwd(), resolve(file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(resolve(file)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The files a log points into, each listed once in `run.artifacts`, with their roles. */
export class ArtifactTable {
  readonly artifacts: Artifact[] = [];
  private readonly index = new Map<string, number>();

  /** The artifact location of `file`, adding it to the table (with `role`) on first use. */
  artifact(file: string, role: NonNullable<Artifact['roles']>[number]): ArtifactLocation {
    const where = artifactUri(file);
    const key = `${where.uriBaseId ?? ''}|${where.uri}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.artifacts.length;
      this.index.set(key, i);
      this.artifacts.push({ location: { ...where }, roles: [role] });
    } else if (!this.artifacts[i]!.roles!.includes(role)) {
      this.artifacts[i]!.roles!.push(role);
    }
    return { ...where, index: i };
  }

  /**
   * A location at a line and column of a file: a design file is the analysis target; any
   * other file (a keepalived.conf, a notify script) is the configuration it was imported from.
   */
  location(at: SourceLocation, designFile: string, message?: string): Location {
    const role = resolve(at.file) === resolve(designFile) ? 'analysisTarget' : 'userSpecifiedConfiguration';
    return {
      physicalLocation: { artifactLocation: this.artifact(at.file, role), region: { startLine: at.line, startColumn: at.column } },
      ...(message === undefined ? {} : { message: { text: message } }),
    };
  }
}
