/**
 * Everything the LO sidebar and phone page show, from one read of the workbook:
 * the caller's guests (cards and checklists), the contacts directory and the
 * state of reminders. Pure: the server passes the model, the findings, who is
 * calling and the time.
 */
import type { EventModel, Finding, Lang } from '../model';
import { t } from '../i18n';
import { buildChecklist } from '../checklist';
import { indexModel } from '../model-index';
import { visibleGuests, type Caller, type GuestRole, type VisibleGuest } from './access';
import { checklistView, focusItems } from './checklist-view';
import { telHref } from './links';
import { joinNonEmpty } from '../text';
import { formatDateTime } from '../time/format';
import { buildCardBody } from './guest-card';
import { viewIndex } from './view-index';
import { loPageLabels } from './labels';
import { remindersView, type RemindersState } from './reminders-state';
import { buildGuestList, CARD_LIMIT, listProgress } from './guest-list';
import type { DeniedReason, DeniedView, GuestCardResult, GuestCardView, ListProgressResult, LoView, LoViewResult, SectionView } from './types';

export interface LoViewInput {
  model: EventModel;
  /** Parse and validation findings, for pointing at what is missing. */
  findings: readonly Finding[];
  caller: Caller;
  now: Date;
  lang: Lang;
  reminders?: RemindersState;
  /** False: a guest list comes without its progress columns (the model holds only the tabs a list needs). */
  listProgress?: boolean;
}

export function deniedView(reason: DeniedReason, lang: Lang, email: string, labels = loPageLabels(lang)): DeniedView {
  const key = {
    no_identity: 'ui.access.no_identity',
    none: 'ui.access.none',
    organisers_only: 'ui.access.organisers_only',
    no_spreadsheet: 'ui.access.no_spreadsheet',
  }[reason] as 'ui.access.none';
  return { ok: false, lang, reason, message: t(lang, key, { email }), labels };
}

export function eventName(model: EventModel, lang: Lang): string {
  return (lang === 'th' && model.event.event_name_th) || model.event.event_name || model.event.event_name_th || 'LO Desk';
}

function contactsSection(model: EventModel, lang: Lang): SectionView {
  return {
    key: 'contacts',
    title: t(lang, 'ui.section.contacts'),
    fields: model.contacts.map((c) => ({
      label: c.role,
      text: joinNonEmpty([c.name, c.organisation, c.phone], ' · '),
      href: telHref(c.phone),
    })),
    empty: t(lang, 'ui.contacts.none'),
  };
}

const ROLE_RANK: Record<GuestRole, number> = { primary: 0, backup: 1, organiser: 2 };

function cardOf(
  input: LoViewInput, index: ReturnType<typeof indexModel>, ix: ReturnType<typeof viewIndex>,
  { guest, role }: VisibleGuest, n: number,
): GuestCardView {
  const { model, now, lang } = input;
  const body = buildCardBody(ix, guest, lang, now, n);
  const cl = buildChecklist(model, guest.guest_id, now, { index });
  const checklist = checklistView(cl, lang, model.event.time_zone);
  return {
    guest_id: guest.guest_id,
    role,
    roleLabel: t(lang, `ui.lo.role.${role}` as 'ui.lo.role.primary'),
    ...body,
    focus: focusItems(checklist),
    checklist,
  };
}

/**
 * Everything the page shows when it opens. Up to CARD_LIMIT guests come as
 * full cards; more (an organiser) as a list to pick from (guest-list.ts).
 */
export function buildLoView(input: LoViewInput): LoViewResult {
  const { model, findings, caller, now, lang } = input;
  if (caller.role === 'none') return deniedView(caller.email ? 'none' : 'no_identity', lang, caller.email);
  const zone = model.event.time_zone;
  const index = indexModel(model);
  const mine = visibleGuests(model, caller).sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
  const many = mine.length > CARD_LIMIT;
  const ix = many ? undefined : viewIndex(index, findings);
  const guests: GuestCardView[] = ix ? mine.map((g, n) => cardOf(input, index, ix, g, n)) : [];
  const view: LoView = {
    ok: true,
    lang,
    labels: loPageLabels(lang),
    eventName: eventName(model, lang),
    heading:
      caller.role === 'organiser'
        ? t(lang, 'ui.lo.heading_organiser')
        : t(lang, 'ui.lo.heading', { name: caller.los[0]?.name ?? caller.email }),
    asOf: t(lang, 'ui.updated', { time: formatDateTime(now, zone, lang) ?? '' }),
    nowIso: now.toISOString(),
    caller: { email: caller.email, role: caller.role, ...(caller.los[0] ? { name: caller.los[0].name } : {}) },
    guests,
    ...(many ? { list: buildGuestList(index, mine, lang, now, input.listProgress !== false) } : {}),
    contacts: contactsSection(model, lang),
  };
  if (input.reminders && input.reminders.on !== undefined) view.reminders = remindersView(input.reminders, lang, zone);
  return view;
}

/** One guest's card, for a caller who may see that guest; otherwise a refusal that says nothing of the guest. */
export function buildGuestCard(input: LoViewInput, guestId: string): GuestCardResult {
  const { model, findings, caller, lang } = input;
  const all = visibleGuests(model, caller);
  const n = all.findIndex((g) => g.guest.guest_id === guestId);
  const visible = all[n];
  if (!visible) {
    const key = caller.role === 'organiser' ? 'ui.card.unknown_guest' : 'ui.card.not_yours';
    return { ok: false, message: t(lang, key, { guest: guestId.slice(0, 64) }) };
  }
  const index = indexModel(model);
  return { ok: true, card: cardOf(input, index, viewIndex(index, findings), visible, n) };
}

/** The progress columns of the caller's guest list (getGuestListProgress); the same guests as the list. */
export function buildListProgress(model: EventModel, caller: Caller, now: Date): ListProgressResult {
  return { ok: true, ...listProgress(indexModel(model), visibleGuests(model, caller), now) };
}
