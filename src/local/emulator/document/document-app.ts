/**
 * DocumentApp: creates and opens documents, and at commit() writes each
 * changed one as a real .docx at its Drive file's place, plus its model in
 * the sidecar.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assert, Conforms } from '../conformance';
import { MimeType, fileRecord, readRegistry, registerFile, rootFolderId, touchFile } from '../drive';
import type { ServiceContext } from '../state';
import { DOCUMENT_MISSING, DocState } from './doc-state';
import { Document } from './document';
import { renderDocx } from './docx-writer';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { newParagraph, type DocumentModel } from './model';
import { readModel, writeModel } from './persistence';
import { spendToday } from '../daily-quota';
import { ACCOUNT_LIMITS, DOCUMENTS_EXCEEDED } from '../quotas';

export class DocumentApp {
  readonly gasType = 'DocumentApp';
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;
  /** Documents opened or created in this execution, by id (openById twice gives one document). */
  readonly open = new Map<string, DocState>();
  /** .docx files the last commit() wrote. */
  readonly written: string[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  create(name: string): Document {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: name');
    // Google counts documents created a day per account (250 consumer, 1,500 Workspace).
    const max = this.ctx.options.documentsQuota ?? ACCOUNT_LIMITS[this.ctx.account].documentsCreated;
    spendToday(this.ctx, 'documents_created', 1, { max, message: DOCUMENTS_EXCEEDED });
    // Made by this project, so the drive.file scope (advanced Drive service) may see and move it.
    const rec = registerFile(this.ctx, rootFolderId(this.ctx), name, MimeType.GOOGLE_DOCS, undefined, { app: true });
    // A new Google Doc starts with one empty paragraph.
    const s = new DocState(this.ctx, { id: rec.id, body: [newParagraph('')] });
    s.dirty = true;
    this.open.set(rec.id, s);
    return new Document(s);
  }

  openById(id: string): Document {
    const key = String(id);
    const known = this.open.get(key);
    if (known) {
      known.closed = false;
      return new Document(known);
    }
    const rec = fileRecord(this.ctx, key);
    if (!rec || rec.mimeType !== MimeType.GOOGLE_DOCS) throw new Error(DOCUMENT_MISSING);
    const model = readModel(this.ctx, key);
    // A Google Doc without a model: converted from an uploaded .docx (advanced-drive/files.ts keeps the file, not a model), or
    // made by an execution that ended before its commit.
    if (!model) {
      throw new Error(
        `DocumentApp.openById: opening this Google Doc is not emulated locally: it was made from an uploaded .docx (kept as it came, at ${rec.path}) or by an execution that ended before DocumentApp wrote it.`,
      );
    }
    const s = new DocState(this.ctx, model);
    this.open.set(key, s);
    return new Document(s);
  }

  openByUrl(url: string): Document {
    let file: string;
    try {
      file = fileURLToPath(String(url));
    } catch {
      throw new Error(DOCUMENT_MISSING);
    }
    const rec = Object.values(readRegistry(this.ctx).files).find((f) => f.path === file);
    if (!rec) throw new Error(DOCUMENT_MISSING);
    return this.openById(rec.id);
  }

  /**
   * A Google Doc whose content Drive has just imported (advanced Drive
   * service): its model is saved now, as Google holds it once the call
   * returns, and its .docx is written at commit() like any changed document.
   */
  _imported(model: DocumentModel): void {
    writeModel(this.ctx, model);
    const s = new DocState(this.ctx, model);
    s.dirty = true;
    this.open.set(model.id, s);
  }

  /** A Google Doc whose content is now an uploaded .docx (advanced Drive service): commit() must not write it over. */
  _replaced(id: string): void {
    this.open.delete(id);
  }

  /** A Sheets add-on has no active document. */
  getActiveDocument(): null {
    return null;
  }

  /**
   * Writes every changed document as .docx (at its Drive file's current
   * place) and its model as JSON. Returns a line per document that failed.
   */
  async commit(): Promise<string[]> {
    const problems: string[] = [];
    for (const s of this.open.values()) {
      if (!s.dirty) continue;
      const rec = fileRecord(this.ctx, s.model.id);
      if (!rec) {
        problems.push(`DocumentApp: document ${s.model.id} was deleted from the Drive registry before it could be written.`);
        continue;
      }
      try {
        writeModel(this.ctx, s.model);
        const bytes = await renderDocx(s.model, rec.name);
        // The file may have been moved while the .docx was being built.
        const target = fileRecord(this.ctx, s.model.id)?.path ?? rec.path;
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, bytes);
        touchFile(this.ctx, s.model.id);
        this.written.push(target);
        s.dirty = false;
      } catch (err) {
        problems.push(`DocumentApp: could not write ${rec.name} (${rec.path}): ${(err as Error).message}`);
      }
    }
    return problems;
  }
}

// Compile-time: DocumentApp keeps to Apps Script's DocumentApp (see ../conformance.ts). commit, open
// and written are the emulator's own: services.ts writes the documents through commit at the end.
type _DocumentAppConforms = Assert<Conforms<DocumentApp, GoogleAppsScript.Document.DocumentApp, 'commit' | 'open' | 'written'>>;

export function createDocumentApp(ctx: ServiceContext): DocumentApp {
  return new DocumentApp(ctx);
}

