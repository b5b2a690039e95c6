/**
 * One open document of an execution: its model, whether it changed, and
 * whether saveAndClose() closed it. Every element of the document holds it,
 * so an edit through any of them marks the document for writing at commit().
 */
import type { ServiceContext } from '../state';
import type { DocumentModel } from './model';

export const DOCUMENT_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';

export class DocState {
  dirty = false;
  closed = false;

  constructor(
    readonly ctx: ServiceContext,
    readonly model: DocumentModel,
  ) {}

  edit(): void {
    if (this.closed) throw new Error(DOCUMENT_CLOSED);
    this.dirty = true;
  }

  read(): void {
    if (this.closed) throw new Error(DOCUMENT_CLOSED);
  }
}
