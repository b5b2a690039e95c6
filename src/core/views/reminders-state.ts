/**
 * How the pages show the state of reminders. The reminders part keeps that
 * state (src/addon/reminders-state.ts) and hands it over in this shape.
 */
import type { Lang } from '../model';
import { t } from '../i18n';
import { formatDateTime } from '../time/format';
import type { RemindersView } from './types';

export interface RemindersState {
  /** Undefined when nothing was ever recorded. */
  on?: boolean;
  lastRunAt?: Date;
  lastError?: string;
}

/** "Reminders are on · last run Sun 6 Dec 2026 14:00 (Bangkok, UTC+7)". */
export function remindersView(state: RemindersState, lang: Lang, zone: string): RemindersView {
  const on = state.on === true;
  const parts = [t(lang, on ? 'ui.reminders.on' : 'ui.reminders.off')];
  parts.push(
    state.lastRunAt
      ? t(lang, 'ui.reminders.last_run', { time: formatDateTime(state.lastRunAt, zone, lang) ?? '' })
      : t(lang, 'ui.reminders.never_run'),
  );
  if (state.lastError) parts.push(t(lang, 'ui.reminders.last_error', { message: state.lastError }));
  return { on, text: parts.join(' · ') };
}
