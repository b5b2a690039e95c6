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
import { visibleGuests, type Caller, type GuestRole } from './access';
import { checklistView, focusItems } from './checklist-view';
import { telHref } from './links';
import { joinNonEmpty } from '../text';
import { formatDateTime } from '../time/format';
import { buildCardBody } from './guest-card';
import { viewIndex } from './view-index';
import { loPageLabels } from './labels';
import { remindersView, type RemindersState } from './reminders-state';
import type { DeniedReason, DeniedView, GuestCardView, LoView, LoViewResult, SectionView } from './types';

export interface LoViewInput {
  model: EventModel;
  /** Parse and validation findings, for pointing at what is missing. */
  findings: readonly Finding[];
  caller: Caller;
  now: Date;
  lang: Lang;
  reminders?: RemindersState;
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

export function buildLoView(input: LoViewInput): LoViewResult {
  const { model, findings, caller, now, lang } = input;
  if (caller.role === 'none') return deniedView(caller.email ? 'none' : 'no_identity', lang, caller.email);
  const zone = model.event.time_zone;
  const index = indexModel(model);
  const ix = viewIndex(index, findings);
  const mine = visibleGuests(model, caller).sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
  const guests: GuestCardView[] = mine.map(({ guest, role }, n) => {
    const body = buildCardBody(ix, guest, lang, now, n);
    const cl = buildChecklist(model, guest.guest_id, now, { index });
    const checklist = checklistView(cl, lang, zone);
    return {
      guest_id: guest.guest_id,
      role,
      roleLabel: t(lang, `ui.lo.role.${role}` as 'ui.lo.role.primary'),
      ...body,
      focus: focusItems(checklist),
      checklist,
    };
  });
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
    contacts: contactsSection(model, lang),
  };
  if (input.reminders && input.reminders.on !== undefined) view.reminders = remindersView(input.reminders, lang, zone);
  return view;
}
