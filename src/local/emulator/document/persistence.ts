/**
 * A document's model between executions: one JSON file per document under
 * the sidecar's documents folder, so a later execution can openById and
 * rewrite what an earlier one wrote (the .docx alone cannot be read back).
 */
import path from 'node:path';
import { readJson, writeJsonAtomic, type ServiceContext } from '../state';
import type { DocumentModel } from './model';

function modelPath(ctx: ServiceContext, id: string): string {
  return path.join(ctx.paths.documents, `${id}.json`);
}

/** The saved model of a document, or null if none was saved (or it is not a model). */
export function readModel(ctx: ServiceContext, id: string): DocumentModel | null {
  const model = readJson<DocumentModel | null>(modelPath(ctx, id), null);
  return model && Array.isArray(model.body) ? model : null;
}

export function writeModel(ctx: ServiceContext, model: DocumentModel): void {
  writeJsonAtomic(modelPath(ctx, model.id), model);
}
