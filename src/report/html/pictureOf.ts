/**
 * The picture of the design a report is about, from what the report carries (its kind and
 * document, plain data that crosses worker threads and shard files): the kind builds the
 * document again and returns its picture. Undefined for a kind without one, a report without
 * the document, or a document that no longer builds — a page never fails for want of a picture.
 */
import type { DesignDocument } from '../../design/designKind.js';
import type { DesignPicture } from '../../design/picture/designPicture.js';
import { designKinds } from '../../design/registry.js';
import { FaultlineError } from '../../core/errors.js';

/** The picture of a design of kind `kind` (its section name) written as `document`. */
export function pictureOf(design: { readonly file: string; readonly kind?: string; readonly document?: Readonly<Record<string, unknown>> }): DesignPicture | undefined {
  const kind = designKinds.find((k) => k.section === design.kind);
  if (kind === undefined || design.document === undefined) return undefined;
  // The properties play no part in the picture: build with the kind's defaults.
  const { check: _check, ...rest } = design.document;
  const at = { file: design.file, line: 1, column: 1 };
  try {
    const built = kind.build(rest as DesignDocument, {
      file: design.file,
      locate: () => at,
      fail: (_path, code, message) => {
        throw new FaultlineError({ code, message, location: at });
      },
      // The design was loaded (and warned about) already.
      warn: () => undefined,
    });
    return built.picture?.();
  } catch {
    return undefined;
  }
}
