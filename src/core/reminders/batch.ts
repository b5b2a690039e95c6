/**
 * One email per recipient per run. MailApp counts recipients, not messages
 * (100 a day on a consumer account, 1,500 on Workspace), so the items due for
 * one LO in the same run go as sections of one message, the most urgent first;
 * the runs then spend the quota on people, not on items. Each item keeps its
 * own key, claim and record: only the envelope is shared.
 */
import { t } from '../i18n';
// Adds the reminders strings to t()'s table (they are not there from the start).
import '../i18n/reminders-strings';
import type { Lang } from '../model';
import { formatDateTime } from '../time/format';
import type { Zone } from '../time/zones';
import { oneLine } from '../text';
import { renderHtml, renderText, type Block } from './render';
import type { PlannedMessage } from './types';

export interface MessageBatch {
  /** The address as planned (every item of the batch has it, compared without case). */
  recipient: string;
  lang: Lang;
  /** Most urgent first: the one whose useful moment ends soonest. */
  items: PlannedMessage[];
  /** The batch's useful moment: its most urgent item's. */
  until: Date;
  subject: string;
  html: string;
  text: string;
}

function byUrgency(a: PlannedMessage, b: PlannedMessage): number {
  return a.until.getTime() - b.until.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** "Sent late: this was due Sun 6 Dec 2026 08:35; the hourly check did not run in time." */
function lateNote(m: PlannedMessage, zone: Zone, lang: Lang): Block {
  return { t: 'p', parts: [t(lang, 'reminders.late', { at: formatDateTime(m.due, zone, lang) ?? '' })] };
}

function bodyOf(m: PlannedMessage, zone: Zone, lang: Lang): Block[] {
  return m.late ? [lateNote(m, zone, lang), ...m.message.body] : m.message.body;
}

/**
 * The run's planned messages as one email per recipient, the batches in the
 * order to send them (most urgent first), so a run short of quota sends what
 * matters most and defers the rest.
 */
export function batchByRecipient(due: readonly PlannedMessage[], zone: Zone): MessageBatch[] {
  const groups = new Map<string, PlannedMessage[]>();
  for (const m of due) {
    const k = m.recipient.trim().toLowerCase();
    const list = groups.get(k);
    if (list) list.push(m);
    else groups.set(k, [m]);
  }
  const batches: MessageBatch[] = [];
  for (const items of groups.values()) {
    items.sort(byUrgency);
    const first = items[0];
    const lang = first.lang;
    let body: Block[];
    let subject = first.message.subject;
    if (items.length === 1) {
      body = bodyOf(first, zone, lang);
    } else {
      subject = `${subject} · ${t(lang, 'reminders.batch.more', { n: items.length - 1 })}`;
      body = items.flatMap((m) => [{ t: 'h' as const, text: m.message.subject }, ...bodyOf(m, zone, lang)]);
    }
    const blocks = [...body, ...first.message.footer];
    batches.push({
      recipient: first.recipient, lang, items, until: first.until,
      subject: oneLine(subject).slice(0, 250), html: renderHtml(blocks, lang), text: renderText(blocks),
    });
  }
  return batches.sort((a, b) => byUrgency(a.items[0], b.items[0]));
}

/**
 * The sender's name as MailApp shows it (its `name` option): one line of
 * text, never an address — an address there would pass for someone else's.
 */
export function senderName(raw: string | undefined): string {
  const text = oneLine(raw ?? '').replace(/<[^>]*>/g, ' ').replace(/\S+@\S+/g, ' ').replace(/["\s]+/g, ' ').trim();
  return text || 'LO Desk';
}
