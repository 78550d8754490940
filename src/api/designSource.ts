/**
 * The model source worker threads use for a design file (`ModelSource`): each worker loads
 * the design itself and gets the model and properties `check` runs on.
 */
import type { ModelSource, SourcedModel } from '../explore/parallel/modelSource.js';
import { workerScript } from '../explore/parallel/runWorkers.js';
import { loadDesignOrSite } from '../import/loadDesignOrSite.js';

/** Loads `file` (a design or a site manifest) as the CLI does; warnings were printed by the command already. */
export function designModel(file: string): SourcedModel {
  const design = loadDesignOrSite(() => {})(file);
  return { model: design.model, properties: design.properties };
}

/** The source for `file`. */
export function designSource(file: string): ModelSource {
  return { module: workerScript(import.meta.url, './designSource.js').href, export: 'designModel', args: [file] };
}
