/** What every cross-tab rule needs: the model, where things are, and a place for findings. */
import type { EventModel, Flight, FindingCode, Guest, Lang, Severity, ZonedTime } from '../model';
import type { MessageKey } from '../i18n';
import type { ParsedWorkbook, WorkbookLayout } from '../schema/parse';
import type { TabName } from '../schema/types';
import { formatDateTime } from '../time/format';
import { FindingSink, type FindingParams, type LangParam } from './findings';

const FLIGHT_NOISE = /[\s-]/g;

/** "TG 641" and "tg641" are the same flight. */
export function flightKey(no: string | undefined): string {
  return (no ?? '').replace(FLIGHT_NOISE, '').toUpperCase();
}

/** A guest's journey as the rules see it. */
export interface Stay {
  guest: Guest;
  /** Any flight row of that direction, even one whose times are unreadable. */
  hasArrival: boolean;
  hasDeparture: boolean;
  /** The leg that brings the guest in last (latest landing), when its times are known. */
  arrival?: Flight & { arrive: ZonedTime };
  /** The leg that takes the guest out first (earliest take-off). */
  departure?: Flight & { depart: ZonedTime };
}

export class RuleContext {
  readonly model: EventModel;
  readonly layout: WorkbookLayout;
  readonly zone: string;
  readonly sink = new FindingSink();
  readonly guests = new Map<string, Guest>();
  readonly stays = new Map<string, Stay>();

  constructor(readonly parsed: ParsedWorkbook) {
    this.model = parsed.model;
    this.layout = parsed.layout;
    this.zone = parsed.model.event.time_zone;
    for (const g of this.model.guests) {
      this.guests.set(g.guest_id, g);
      this.stays.set(g.guest_id, { guest: g, hasArrival: false, hasDeparture: false });
    }
    for (const f of this.model.flights) {
      if (f.status === 'cancelled') continue;
      const s = this.stays.get(f.guest_id);
      if (!s) continue;
      if (f.direction === 'arrival') {
        s.hasArrival = true;
        if (f.arrive && (!s.arrival || f.arrive.at.getTime() > s.arrival.arrive.at.getTime())) s.arrival = f as Stay['arrival'];
      } else {
        s.hasDeparture = true;
        if (f.depart && (!s.departure || f.depart.at.getTime() < s.departure.depart.at.getTime())) s.departure = f as Stay['departure'];
      }
    }
  }

  sheet(tab: TabName): string {
    return this.layout[tab]?.sheetName ?? tab;
  }

  add(
    severity: Severity, code: FindingCode, tab: TabName, row: number, column: string,
    message: MessageKey, params: FindingParams = {},
  ): void {
    const l = this.layout[tab];
    const colIndex = column && l ? (tab === 'Event' ? l.columns.value : l.columns[column]) ?? -1 : -1;
    this.sink.add({ severity, code, tab, sheet: this.sheet(tab), row, column, message, params, colIndex });
  }

  /** A zoned time for messages, in its own zone. */
  when(z: ZonedTime): LangParam {
    return (lang: Lang) => formatDateTime(z.at, z.zone, lang) ?? '';
  }

  /** An instant for messages, in the event's zone. */
  whenEvent(at: Date): LangParam {
    return (lang: Lang) => formatDateTime(at, this.zone, lang) ?? '';
  }
}
