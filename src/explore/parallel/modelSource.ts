/**
 * How a worker thread gets the model a search runs on: models hold closures and cannot be
 * posted, so a worker imports a module and calls one of its exports with plain arguments
 * (a design file, a bench model's name and size) to build the same model and properties.
 */
import type { EngineModel } from '../../core/model.js';
import type { Property } from '../../core/property.js';

/** A module URL, the export to call and its (structured-clonable) arguments. */
export interface ModelSource {
  readonly module: string;
  readonly export: string;
  readonly args: readonly unknown[];
}

/** What a source's export returns. */
export interface SourcedModel {
  readonly model: EngineModel<unknown>;
  readonly properties: readonly Property<unknown>[];
}

/** Imports the source's module and calls its export. */
export async function loadModelSource(source: ModelSource): Promise<SourcedModel> {
  const module = (await import(source.module)) as Record<string, unknown>;
  const build = module[source.export];
  if (typeof build !== 'function') throw new Error(`model source ${source.module} has no function ${source.export}`);
  return (build as (...args: readonly unknown[]) => SourcedModel | Promise<SourcedModel>)(...source.args);
}
