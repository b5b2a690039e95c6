/**
 * The guest card: everything an LO needs about one guest, as labelled lines in
 * sections. What the LO needs but the sheet lacks is still shown, marked
 * missing, with a pointer to the finding that explains it when there is one.
 */
import type { Finding, Flight, Guest, Lang } from '../model';
import { t, tDynamic } from '../i18n';
import { localDate } from '../time/zones';
import { mailHref, telHref } from './links';
import { joinNonEmpty } from '../text';
import { formatDate, formatDateOf, formatDateTime, formatTime } from '../time/format';
import { guestFacts, type GuestFacts } from '../facts/guest-facts';
import { inAudience } from '../model-index';
import { findingsOfGuest, loNames, tabOf, type ViewIndex } from './view-index';
import type { FieldView, FindingView, SectionView } from './types';

function label(lang: Lang, tab: string, column: string): string {
  return tDynamic(lang, `schema.${tab}.${column}`, undefined, column);
}

/** The place a finding points at, for people: "Guests, row 5, Room number". */
function findingWhere(f: Pick<Finding, 'tab' | 'row' | 'column'>, lang: Lang): string {
  return f.column
    ? t(lang, 'ui.finding.where_column', { tab: f.tab, row: f.row, column: label(lang, tabOf(f), f.column) })
    : t(lang, 'ui.finding.where', { tab: f.tab, row: f.row });
}

interface CardContext {
  lang: Lang;
  now: Date;
  ix: ViewIndex;
  guest: Guest;
  facts: GuestFacts;
  findings: FindingView[];
  raw: Finding[];
  missing: number;
}

/** Marks a line missing and links it to the first finding that matches. */
function missingField(c: CardContext, text: string, labelText: string, match: (f: Finding) => boolean): FieldView {
  c.missing++;
  const i = c.raw.findIndex(match);
  const field: FieldView = { label: labelText, text, missing: true };
  if (i >= 0) {
    field.findingId = c.findings[i].id;
    field.findingWhere = t(c.lang, 'ui.missing.see', { where: c.findings[i].where });
  }
  return field;
}

function add(fields: FieldView[], labelText: string, value: string | undefined, extra: Partial<FieldView> = {}): void {
  if (value === undefined || value.trim() === '') return;
  fields.push({ label: labelText, text: value, ...extra });
}

function guestSection(c: CardContext): SectionView {
  const { lang, guest: g } = c;
  const f: FieldView[] = [];
  add(f, t(lang, 'label.address_form'), c.facts.names.address);
  add(f, t(lang, 'label.name'), c.facts.names.full);
  add(f, label(lang, 'Guests', 'position'), g.position);
  add(f, label(lang, 'Guests', 'organisation'), g.organisation);
  add(f, label(lang, 'Guests', 'country'), g.country);
  add(f, label(lang, 'Guests', 'delegation'), g.delegation);
  add(f, label(lang, 'Guests', 'languages'), g.languages.join(t(lang, 'common.list.separator')));
  add(f, label(lang, 'Guests', 'phone'), g.phone, { href: telHref(g.phone) });
  add(f, label(lang, 'Guests', 'email'), g.email, { href: mailHref(g.email) });
  add(f, label(lang, 'Guests', 'notes'), g.notes);
  return { key: 'guest', title: t(lang, 'ui.section.guest'), fields: f };
}

function flightFields(c: CardContext, fl: Flight): FieldView[] {
  const { lang } = c;
  const out: FieldView[] = [];
  const dir = t(lang, fl.direction === 'arrival' ? 'ui.flight.arrival' : 'ui.flight.departure');
  const status =
    fl.status === 'scheduled' ? undefined : t(lang, fl.status === 'changed' ? 'ui.flight.status.changed' : 'ui.flight.status.cancelled');
  out.push({
    label: dir,
    text: joinNonEmpty([fl.flight_no, `${fl.from_airport} → ${fl.to_airport}`, status], ' · '),
    tone: fl.status === 'cancelled' ? 'bad' : fl.status === 'changed' ? 'warn' : undefined,
  });
  const unknown = t(lang, 'ui.flight.time_unknown');
  out.push({ label: t(lang, 'ui.field.departs'), text: fl.depart ? (formatDateTime(fl.depart.at, fl.depart.zone, lang) ?? '') : unknown });
  out.push({ label: t(lang, 'ui.field.arrives'), text: fl.arrive ? (formatDateTime(fl.arrive.at, fl.arrive.zone, lang) ?? '') : unknown });
  add(out, label(lang, 'Flights', 'terminal'), fl.terminal);
  add(out, label(lang, 'Flights', 'baggage'), fl.baggage);
  add(out, label(lang, 'Flights', 'booking_ref'), fl.booking_ref);
  return out;
}

function flightsSection(c: CardContext): SectionView {
  const { lang } = c;
  const flights = c.facts.flightsByTime;
  const f: FieldView[] = [];
  const arrivals = flights.filter((x) => x.direction === 'arrival');
  const departures = flights.filter((x) => x.direction === 'departure');
  for (const fl of arrivals) f.push(...flightFields(c, fl));
  if (!arrivals.length) {
    f.push(missingField(c, t(lang, 'ui.missing'), t(lang, 'ui.missing.flight_arrival'), (x) => x.code === 'no_arrival_flight'));
  }
  for (const fl of departures) f.push(...flightFields(c, fl));
  if (!departures.length) {
    f.push(missingField(c, t(lang, 'ui.missing'), t(lang, 'ui.missing.flight_departure'), (x) => x.code === 'no_departure_flight'));
  }
  return { key: 'flights', title: t(lang, 'ui.section.flights'), fields: f };
}

function hotelSection(c: CardContext): SectionView {
  const { lang, guest: g } = c;
  const { hotel, room, checkIn, checkOut, checkInTime, checkOutTime } = c.facts.stay;
  const f: FieldView[] = [];
  const onGuestRow = (column: string) => (x: Finding) => tabOf(x) === 'Guests' && x.row === g.row && x.column === column;
  if (!hotel) {
    f.push(missingField(c, g.hotel_id ?? t(lang, 'ui.missing'), t(lang, 'ui.missing.hotel'), onGuestRow('hotel_id')));
  } else {
    add(f, label(lang, 'Hotels', 'name'), hotel.name);
    add(f, label(lang, 'Hotels', 'address'), hotel.address);
    add(f, label(lang, 'Hotels', 'phone'), hotel.phone, { href: telHref(hotel.phone) });
  }
  if (room) add(f, label(lang, 'Guests', 'room_no'), room);
  else f.push(missingField(c, t(lang, 'ui.missing'), label(lang, 'Guests', 'room_no'), onGuestRow('room_no')));
  if (checkIn || checkOut) {
    const inText = checkIn ? joinNonEmpty([formatDate(checkIn, lang) ?? checkIn, checkInTime], ' ') : '?';
    const outText = checkOut ? joinNonEmpty([formatDate(checkOut, lang) ?? checkOut, checkOutTime], ' ') : '?';
    add(f, t(lang, 'ui.field.stay'), `${inText} → ${outText}`);
  } else {
    f.push(missingField(c, t(lang, 'ui.missing'), label(lang, 'Guests', 'check_in'), onGuestRow('check_in')));
  }
  if (hotel) {
    if (hotel.contact_name || hotel.contact_phone) {
      add(f, t(lang, 'label.hotel_contact'), joinNonEmpty([hotel.contact_name, hotel.contact_phone], ' · '), {
        href: telHref(hotel.contact_phone),
      });
    }
    add(f, label(lang, 'Hotels', 'welcome_protocol'), hotel.welcome_protocol);
    add(f, label(lang, 'Hotels', 'breakfast'), hotel.breakfast);
    add(f, label(lang, 'Hotels', 'wifi'), hotel.wifi);
    add(f, label(lang, 'Hotels', 'key_card'), hotel.key_card);
    add(f, label(lang, 'Hotels', 'billing_notes'), hotel.billing_notes);
  }
  add(f, label(lang, 'Guests', 'host_covers'), g.host_covers);
  return { key: 'hotel', title: t(lang, 'label.hotel'), fields: f };
}

function carSection(c: CardContext): SectionView {
  const { lang } = c;
  const f: FieldView[] = [];
  let withCar = 0;
  for (const tr of c.facts.transfers) {
    const when = tr.pickup ? (formatDateTime(tr.pickup.at, tr.pickup.zone, lang) ?? '') : '?';
    const p = tr.transfer.purpose;
    const purpose = p ? t(lang, `ui.transfer.purpose.${p}` as 'ui.transfer.purpose.arrival') : undefined;
    f.push({
      label: joinNonEmpty([t(lang, 'label.pickup'), purpose], ' · '),
      text: joinNonEmpty([when, `${tr.from} → ${tr.to}`, tr.flightNo], ' · '),
    });
    if (!tr.vehicle) continue;
    withCar++;
    add(f, t(lang, 'label.car'), joinNonEmpty([tr.plate, tr.vehicle.type], ' · '));
    add(f, t(lang, 'label.driver'), tr.driver);
    add(f, t(lang, 'ui.field.driver_phone'), tr.driverPhone, { href: telHref(tr.driverPhone) });
  }
  if (!withCar) {
    f.push(missingField(c, t(lang, 'ui.missing'), t(lang, 'ui.missing.car'), (x) => x.code === 'no_transfer' || tabOf(x) === 'Transfers'));
  }
  return { key: 'car', title: t(lang, 'ui.section.car'), fields: f };
}

function needsSection(c: CardContext): SectionView {
  const { lang, guest: g } = c;
  const { dietary, dietaryNotes, medicalNotes, accessibility } = c.facts.needs;
  const f: FieldView[] = [];
  const sensitive = { sensitive: true };
  if (dietary) {
    add(f, label(lang, 'Guests', 'dietary'), tDynamic(lang, `schema.enum.dietary.${dietary}`, undefined, dietary), sensitive);
  } else {
    f.push({
      ...missingField(c, t(lang, 'ui.missing'), label(lang, 'Guests', 'dietary'), (x) => tabOf(x) === 'Guests' && x.row === g.row && x.column === 'dietary'),
      sensitive: true,
    });
  }
  add(f, label(lang, 'Guests', 'dietary_notes'), dietaryNotes, sensitive);
  add(f, label(lang, 'Guests', 'medical_notes'), medicalNotes, sensitive);
  add(f, label(lang, 'Guests', 'accessibility'), accessibility, sensitive);
  return { key: 'needs', title: t(lang, 'ui.section.needs'), fields: f };
}

function todaySection(c: CardContext): SectionView {
  const { lang, guest: g, ix, now } = c;
  const zone = ix.index.model.event.time_zone;
  const today = localDate(now, zone);
  const f: FieldView[] = [];
  // The index keeps the programme in start order. The sidebar shows what the audience
  // names, stay dates aside (the documents also leave out guests not in town).
  const items = ix.index.programme.filter((p) => p.starts && localDate(p.starts.at, zone) === today && inAudience(p, g));
  for (const p of items) {
    const start = formatTime(p.starts!.at, p.starts!.zone, lang) ?? '';
    const end = p.ends ? (formatTime(p.ends.at, p.ends.zone, lang) ?? '') : '';
    const title = lang === 'th' && p.title_th ? p.title_th : p.title;
    f.push({
      label: end ? `${start}–${end}` : start,
      text: joinNonEmpty(
        [
          title,
          p.venue,
          p.dress_code ? t(lang, 'ui.today.dress', { dress: p.dress_code }) : undefined,
          p.kind === 'private' ? t(lang, 'ui.today.private') : undefined,
        ],
        ' · ',
      ),
    });
  }
  return {
    key: 'today',
    title: t(lang, 'ui.section.today', { date: formatDateOf(now, zone, lang) ?? '' }),
    fields: f,
    empty: t(lang, 'ui.today.none'),
  };
}

export interface CardBody {
  name: string;
  address: string;
  subtitle: string;
  los: string;
  sections: SectionView[];
  findings: FindingView[];
  missingCount: number;
}

/** The card of one guest, without its checklist. `n` makes anchor ids unique in the page. */
export function buildCardBody(ix: ViewIndex, guest: Guest, lang: Lang, now: Date, n: number): CardBody {
  const facts = guestFacts(ix.index, guest);
  const raw = findingsOfGuest(ix, facts);
  const findings: FindingView[] = raw.map((f, i) => ({
    id: `finding-${n}-${i}`,
    severity: f.severity,
    code: f.code,
    where: findingWhere(f, lang),
    message: lang === 'en' ? f.message_en : f.message_th,
  }));
  const c: CardContext = { lang, now, ix, guest, facts, findings, raw, missing: 0 };
  const sections = [guestSection(c), flightsSection(c), hotelSection(c), carSection(c), needsSection(c), todaySection(c)];
  const names = loNames(facts);
  const sep = t(lang, 'common.list.separator');
  return {
    name: facts.names.full,
    address: facts.names.address,
    subtitle: joinNonEmpty([guest.position, guest.organisation, guest.country], ' · '),
    los: t(lang, 'ui.lo.your_los', {
      names: [...names.primary, ...names.backup.map((b) => `${b} (${t(lang, 'ui.lo.role.backup')})`)].join(sep) || t(lang, 'ui.dash.no_lo'),
    }),
    sections,
    findings,
    missingCount: c.missing,
  };
}
