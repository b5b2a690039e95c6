/**
 * MailApp: a message is validated, counted against the sender's daily
 * recipient quota and delivered within sendEmail, as on Google: a real RFC
 * 5322 message as an .eml file in the outbox, or handed to an SMTP server.
 * When the server refuses or is down, sendEmail throws and nothing is
 * counted, so the add-on records `failed`, never `sent`.
 *
 * The quota is the account's (per sender, across every spreadsheet), kept in
 * the user's quota file of the emulated Google side, with a window of 24
 * hours from first use.
 */
import type { Assert, Conforms } from './conformance';
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { effectiveUserOf } from './session';
import { readJson, updateJson, type ServiceContext } from './state';
import { runSync } from './sync-bridge';
import { blobBuffer, blobOf, type BlobLike } from './utilities';
import { ACCOUNT_LIMITS, QUOTA_WINDOW_MS } from './quotas';

const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_BODY_BYTES = 200 * 1024;
export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';

/** A message as accepted by sendEmail, before it is composed. */
export interface AcceptedMessage {
  from: { name: string; address: string };
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; content: Buffer; contentType?: string; cid?: string }[];
  date: Date;
  messageId: string;
}

interface QuotaWindow {
  windowStart: string;
  used: number;
}

/** The user's quota file: one window per quota. */
type QuotaFile = Record<string, QuotaWindow | undefined>;
const MAIL = 'mail_recipients';

interface MailOptions {
  attachments?: BlobLike[];
  bcc?: string;
  cc?: string;
  htmlBody?: string;
  inlineImages?: Record<string, BlobLike>;
  name?: string;
  noReply?: boolean;
  replyTo?: string;
}

interface MessageObject extends MailOptions {
  to?: string;
  subject?: string;
  body?: string;
}

// Deliberately strict: an address is exactly local@domain with a dotted domain,
// no display name, no spaces or line breaks (a recipient cell holds one address).
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Splits a MailApp recipient list ("a@x.org, b@y.org") and checks each address. */
function parseRecipients(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  if (typeof list !== 'string') throw new Error(`Invalid email: ${String(list)}`);
  const out: string[] = [];
  for (const raw of list.split(',')) {
    const address = raw.trim();
    if (address === '') continue;
    if (!ADDRESS.test(address) || address.includes('..')) throw new Error(`Invalid email: ${address}`);
    out.push(address);
  }
  return out;
}

/** File name part from a subject: ASCII letters and digits only, so any file system takes it. */
function slugOf(subject: string): string {
  const slug = subject
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'message';
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/** An attachment or inline image: a Blob, or a BlobSource (File, Document) through its getBlob(). */
function asBlob(v: unknown, what: string): BlobLike {
  const blob = blobOf(v);
  if (!blob) throw new Error(`Invalid argument: ${what} (expected a Blob)`);
  return blob;
}

export class MailApp {
  readonly gasType = 'MailApp';
  /** Messages sendEmail accepted in this execution, in order. */
  readonly accepted: AcceptedMessage[] = [];
  /** What the last commit() wrote (.eml paths) or delivered (message ids). */
  readonly written: string[] = [];
  readonly delivered: string[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  private get quota(): number {
    return this.ctx.options.mailQuota ?? ACCOUNT_LIMITS[this.ctx.account].mailRecipients;
  }

  private quotaFile(): string {
    return this.ctx.google.user(effectiveUserOf(this.ctx)).quota;
  }

  private liveWindow(w: QuotaWindow | undefined): QuotaWindow | null {
    if (!w) return null;
    const start = Date.parse(w.windowStart);
    const now = this.ctx.now().getTime();
    if (Number.isNaN(start) || now - start >= QUOTA_WINDOW_MS || now < start) return null;
    return w;
  }

  getRemainingDailyQuota(): number {
    const w = this.liveWindow(readJson<QuotaFile>(this.quotaFile(), {})[MAIL]);
    return Math.max(0, this.quota - (w ? w.used : 0));
  }

  /** Counts `n` recipients against the quota (negative: gives them back), or throws without counting any. */
  private spend(n: number): void {
    updateJson<QuotaFile, void>(this.ctx, this.quotaFile(), {}, (file) => {
      const w = this.liveWindow(file[MAIL]) ?? { windowStart: this.ctx.now().toISOString(), used: 0 };
      if (n > 0 && w.used + n > this.quota) throw new Error(QUOTA_EXCEEDED);
      w.used = Math.max(0, w.used + n);
      file[MAIL] = w;
    });
  }

  sendEmail(...args: unknown[]): void {
    let to: unknown;
    let subject: unknown;
    let body: unknown;
    let options: MailOptions = {};
    if (args.length === 1 && args[0] !== null && typeof args[0] === 'object') {
      const m = args[0] as MessageObject;
      ({ to, subject, body } = m);
      options = m;
    } else if (args.length === 4 && args.every((a) => typeof a === 'string')) {
      // sendEmail(recipient, replyTo, subject, body)
      [to, , subject, body] = args;
      options = { replyTo: args[1] as string };
    } else if (args.length === 3 || args.length === 4) {
      [to, subject, body] = args;
      const o = args[3];
      if (o !== undefined && o !== null && typeof o !== 'object') throw new Error('Invalid argument: options');
      options = (o as MailOptions) ?? {};
    } else {
      throw new Error(`The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for MailApp.sendEmail.`);
    }

    const toList = parseRecipients(to);
    const cc = parseRecipients(options.cc);
    const bcc = parseRecipients(options.bcc);
    const replyTo = options.replyTo ? parseRecipients(options.replyTo) : [];
    const count = toList.length + cc.length + bcc.length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new Error('Limit Exceeded: Email Recipients Per Message.');

    const text = body === undefined || body === null ? '' : String(body);
    const html = options.htmlBody === undefined || options.htmlBody === null ? null : String(options.htmlBody);
    if (Buffer.byteLength(text) + Buffer.byteLength(html ?? '') > MAX_BODY_BYTES) {
      throw new Error('Limit Exceeded: Email Body Size.');
    }

    const attachments: AcceptedMessage['attachments'] = [];
    for (const [i, a] of (options.attachments ?? []).entries()) {
      const blob = asBlob(a, `attachments[${i}]`);
      attachments.push({
        filename: blob.getName?.() || `attachment-${i + 1}`,
        content: blobBuffer(blob),
        contentType: blob.getContentType?.() ?? undefined,
      });
    }
    for (const [cid, a] of Object.entries(options.inlineImages ?? {})) {
      const blob = asBlob(a, `inlineImages.${cid}`);
      attachments.push({ filename: blob.getName?.() || cid, content: blobBuffer(blob), contentType: blob.getContentType?.() ?? undefined, cid });
    }

    const sender = effectiveUserOf(this.ctx);
    const address = options.noReply ? `noreply@${sender.split('@')[1] ?? 'localhost'}` : sender;
    // Reserved first, so two executions cannot both pass the check; given back if delivery fails.
    this.spend(count);
    const message: AcceptedMessage = {
      from: { name: options.name ? oneLine(String(options.name)) : '', address },
      to: toList,
      cc,
      bcc,
      replyTo: replyTo.length ? replyTo.join(', ') : null,
      subject: oneLine(subject === undefined || subject === null ? '' : String(subject)),
      text,
      html,
      attachments,
      date: this.ctx.now(),
      messageId: `<${randomUUID()}@lo-desk.local>`,
    };
    try {
      this.deliver(message);
    } catch (err) {
      this.spend(-count);
      throw err;
    }
    this.accepted.push(message);
  }

  /** Writes the .eml file, or hands the message to the SMTP server; throws when that fails. */
  private deliver(m: AcceptedMessage): void {
    const smtpUrl = this.ctx.options.smtpUrl;
    if (smtpUrl) {
      let url: URL;
      try {
        url = new URL(smtpUrl);
      } catch {
        throw new Error(`Failed to send email: bad SMTP URL ${smtpUrl}`);
      }
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`Failed to send email: bad SMTP URL ${smtpUrl}`);
      const raw = MailApp.compose(m, false);
      try {
        runSync({ kind: 'smtp', url: smtpUrl, envelope: { from: m.from.address, to: [...m.to, ...m.cc, ...m.bcc] }, raw, timeoutMs: 10_000 }, 40_000);
      } catch (err) {
        throw new Error(`Failed to send email: ${(err as Error).message}`);
      }
      this.delivered.push(m.messageId);
      return;
    }
    const dir = this.ctx.options.outboxDir;
    const raw = MailApp.compose(m, true);
    mkdirSync(dir, { recursive: true });
    const base = `${stamp(m.date)}-${this.accepted.length + 1}-${slugOf(m.subject)}`;
    // Whole or not at all: written aside, then linked in under its name (a killed process leaves no
    // half message), and never over another execution's message of the same instant (link fails then).
    const tmp = path.join(dir, `.${base}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
    writeFileSync(tmp, raw);
    try {
      for (let n = 0; ; n++) {
        const file = path.join(dir, `${base}${n ? `-${n}` : ''}.eml`);
        try {
          linkSync(tmp, file);
          this.written.push(file);
          return;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
      }
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  /** Builds one accepted message as RFC 5322 bytes; Bcc kept only for the outbox copy. */
  static compose(m: AcceptedMessage, keepBcc: boolean): Buffer {
    const mail = {
      from: m.from.name ? { name: m.from.name, address: m.from.address } : m.from.address,
      to: m.to,
      cc: m.cc.length ? m.cc : undefined,
      bcc: m.bcc.length ? m.bcc : undefined,
      replyTo: m.replyTo ?? undefined,
      subject: m.subject,
      text: m.text,
      html: m.html ?? undefined,
      attachments: m.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, cid: a.cid })),
      date: m.date,
      messageId: m.messageId,
      disableFileAccess: true,
      disableUrlAccess: true,
      xMailer: 'LO Desk emulator',
    };
    return Buffer.from(runSync<Uint8Array>({ kind: 'compose', mail, keepBcc }));
  }

  /** Messages are delivered within sendEmail; nothing is left for the end of the execution. */
  async commit(): Promise<string[]> {
    return [];
  }
}

// Compile-time: MailApp keeps to Apps Script's MailApp (see conformance.ts). accepted, written, delivered
// and commit are the emulator's own: services.ts commits at the end of the execution, and the runner and the
// tests read what was sent.
type _MailAppConforms = Assert<Conforms<MailApp, GoogleAppsScript.Mail.MailApp, 'accepted' | 'written' | 'delivered' | 'commit'>>;

export function createMailApp(ctx: ServiceContext): MailApp {
  return new MailApp(ctx);
}
