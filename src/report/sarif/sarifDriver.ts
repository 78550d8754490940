import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ToolComponent } from 'sarif';
import { packageRoot } from '../../core/packageRoot.js';

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly homepage?: string;
}

let manifest: PackageJson | undefined;

/** faultline's own package.json (read once). */
function ownPackage(): PackageJson {
  manifest ??= JSON.parse(readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as PackageJson;
  return manifest;
}

/** `tool.driver`: faultline, its version and home page (from package.json), and the rules. */
export function sarifDriver(rules: NonNullable<ToolComponent['rules']>): ToolComponent {
  const own = ownPackage();
  return {
    name: own.name,
    version: own.version,
    semanticVersion: own.version,
    ...(own.homepage === undefined ? {} : { informationUri: own.homepage }),
    rules,
  };
}
