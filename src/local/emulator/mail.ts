/**
 * MailApp: messages are accepted (validated, counted against the daily
 * recipient quota) during the execution, and become real RFC 5322 messages
 * at commit(): .eml files in the outbox, or deliveries to an SMTP server.
 *
 * The quota is persisted at once, as Apps Script counts a recipient when
 * sendEmail returns, whatever happens to the message afterwards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { effectiveUserOf } from './session';
import { readJson, updateJson, type ServiceContext } from './state';
import { blobBuffer, type BlobLike } from './utilities';

export const DEFAULT_MAIL_QUOTA = 100;
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
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

type QuotaFile = Record<string, QuotaWindow>;

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
export function parseRecipients(list: unknown): string[] {
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
export function slugOf(subject: string): string {
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

function asBlob(v: unknown, what: string): BlobLike {
  if (v && typeof (v as BlobLike).getBytes === 'function') return v as BlobLike;
  // A BlobSource (File, Document) gives its blob through getBlob().
  if (v && typeof (v as { getBlob?: () => BlobLike }).getBlob === 'function') return (v as { getBlob: () => BlobLike }).getBlob();
  throw new Error(`Invalid argument: ${what} (expected a Blob)`);
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
    return this.ctx.options.mailQuota ?? DEFAULT_MAIL_QUOTA;
  }

  private quotaKey(): string {
    return effectiveUserOf(this.ctx);
  }

  private liveWindow(w: QuotaWindow | undefined): QuotaWindow | null {
    if (!w) return null;
    const start = Date.parse(w.windowStart);
    const now = this.ctx.now().getTime();
    if (Number.isNaN(start) || now - start >= QUOTA_WINDOW_MS || now < start) return null;
    return w;
  }

  getRemainingDailyQuota(): number {
    const w = this.liveWindow(readJson<QuotaFile>(this.ctx.paths.mailQuota, {})[this.quotaKey()]);
    return Math.max(0, this.quota - (w ? w.used : 0));
  }

  /** Counts `n` recipients against the quota, or throws without counting any. */
  private spend(n: number): void {
    const key = this.quotaKey();
    updateJson<QuotaFile, void>(this.ctx, this.ctx.paths.mailQuota, {}, (file) => {
      const w = this.liveWindow(file[key]) ?? { windowStart: this.ctx.now().toISOString(), used: 0 };
      if (w.used + n > this.quota) throw new Error(QUOTA_EXCEEDED);
      w.used += n;
      file[key] = w;
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
    this.spend(count);
    this.accepted.push({
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
    });
  }

  /** Builds one accepted message as RFC 5322 bytes; Bcc kept only for the outbox copy. */
  static compose(m: AcceptedMessage, keepBcc: boolean): Promise<Buffer> {
    const node = new MailComposer({
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
    }).compile();
    node.keepBcc = keepBcc;
    return node.build();
  }

  /**
   * Writes or delivers every accepted message. Returns one line per message
   * that could not be written or delivered (the runner prints them); the
   * others still go out.
   */
  async commit(): Promise<string[]> {
    const messages = this.accepted.splice(0);
    if (messages.length === 0) return [];
    const problems: string[] = [];
    const smtpUrl = this.ctx.options.smtpUrl;
    if (smtpUrl) {
      let transport: ReturnType<typeof nodemailer.createTransport>;
      try {
        const url = new URL(smtpUrl);
        if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('it must start with smtp:// or smtps://');
        transport = nodemailer.createTransport({
          host: url.hostname,
          port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25,
          secure: url.protocol === 'smtps:',
          ignoreTLS: url.protocol === 'smtp:',
          connectionTimeout: 10000,
          greetingTimeout: 10000,
          socketTimeout: 30000,
        });
      } catch (err) {
        return messages.map((m) => `MailApp: could not deliver "${m.subject}" to ${m.to.join(', ')}: bad SMTP URL ${smtpUrl} (${(err as Error).message})`);
      }
      try {
        for (const m of messages) {
          try {
            const raw = await MailApp.compose(m, false);
            await transport.sendMail({ envelope: { from: m.from.address, to: [...m.to, ...m.cc, ...m.bcc] }, raw });
            this.delivered.push(m.messageId);
          } catch (err) {
            problems.push(`MailApp: could not deliver "${m.subject}" to ${m.to.join(', ')} via ${smtpUrl}: ${(err as Error).message}`);
          }
        }
      } finally {
        transport.close();
      }
      return problems;
    }

    const dir = this.ctx.options.outboxDir;
    for (const [i, m] of messages.entries()) {
      try {
        mkdirSync(dir, { recursive: true });
        const raw = await MailApp.compose(m, true);
        const base = `${stamp(m.date)}-${i + 1}-${slugOf(m.subject)}`;
        // A later execution at the same instant must not overwrite this one's messages.
        for (let n = 0; ; n++) {
          const file = path.join(dir, `${base}${n ? `-${n}` : ''}.eml`);
          try {
            writeFileSync(file, raw, { flag: 'wx' });
            this.written.push(file);
            break;
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
          }
        }
      } catch (err) {
        problems.push(`MailApp: could not write "${m.subject}" to ${dir}: ${(err as Error).message}`);
      }
    }
    return problems;
  }
}

export function createMailApp(ctx: ServiceContext): MailApp {
  return new MailApp(ctx);
}
