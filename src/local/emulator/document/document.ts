/** Document: an open document's name, place (URL) and body. */
import { pathToFileURL } from 'node:url';
import type { Assert, Conforms } from '../conformance';
import { fileRecord, updateRegistry } from '../drive';
import type { Blob } from '../utilities';
import { Body } from './body';
import { DOCUMENT_MISSING, type DocState } from './doc-state';

export class Document {
  readonly gasType = 'Document';

  constructor(private readonly state: DocState) {}

  getId(): string {
    return this.state.model.id;
  }

  getName(): string {
    const rec = fileRecord(this.state.ctx, this.state.model.id);
    if (!rec) throw new Error(DOCUMENT_MISSING);
    return rec.name;
  }

  setName(name: string): Document {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: name');
    const id = this.state.model.id;
    updateRegistry(this.state.ctx, (r) => {
      const f = r.files[id];
      if (!f) throw new Error(DOCUMENT_MISSING);
      f.name = name;
    });
    this.state.edit();
    return this;
  }

  getUrl(): string {
    const rec = fileRecord(this.state.ctx, this.state.model.id);
    if (!rec) throw new Error(DOCUMENT_MISSING);
    // Like Google's /document/d/<id>/edit, the URL names the id as well as the place.
    return `${pathToFileURL(rec.path).href}#id=${encodeURIComponent(this.state.model.id)}`;
  }

  getBody(): Body {
    this.state.read();
    // The holder shares the model's array: edits splice it, never replace it.
    return new Body(this.state, { children: this.state.model.body });
  }

  /** Apps Script writes the document now; locally the .docx is written at the end of the execution. */
  saveAndClose(): void {
    this.state.closed = true;
  }

  getBlob(): Blob {
    throw new Error('Document.getBlob (a PDF in Apps Script) is not available in the emulator; use the Drive file of the .docx after the execution.');
  }
}

// Compile-time: Document keeps to Apps Script's Document (see ../conformance.ts).
type _DocumentConforms = Assert<Conforms<Document, GoogleAppsScript.Document.Document>>;
