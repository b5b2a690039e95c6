/**
 * The string domains of each language. To add a domain (e.g. `checklist`), create
 * en/checklist.ts (`export const checklist = {...}`) and th/checklist.ts typed
 * `Translation<typeof En>`, then add one line to each object below (to ALWAYS_*
 * when code of every execution uses it; to EN and TH only, plus a module like
 * documents-strings.ts, when only one lazily loaded run does: src/addon/parts.ts).
 */
import { checklist as enChecklist } from './en/checklist';
import { common as enCommon } from './en/common';
import { documents as enDocuments } from './en/documents';
import { schema as enSchema } from './en/schema';
import { validation as enValidation } from './en/validation';
import { checklist as thChecklist } from './th/checklist';
import { common as thCommon } from './th/common';
import { documents as thDocuments } from './th/documents';
import { schema as thSchema } from './th/schema';
import { validation as thValidation } from './th/validation';
import { ui as enUi } from './en/ui';
import { ui as thUi } from './th/ui';
import { reminders as enReminders } from './en/reminders';
import { reminders as thReminders } from './th/reminders';
import { addon as enAddon } from './en/addon';
import { addon as thAddon } from './th/addon';
import { label as enLabel } from './en/label';
import { label as thLabel } from './th/label';
import type { Translation } from './types';

/** The domains code of every execution uses: t() has them from the start. */
export const ALWAYS_EN = {
  common: enCommon,
  checklist: enChecklist,
  schema: enSchema,
  validation: enValidation,
  ui: enUi,
  addon: enAddon,
  label: enLabel,
};

/** Every domain. The documents and reminders domains are added to t()'s table by the runs that use them (documents-strings.ts, reminders-strings.ts). */
// Listed, not spread: esbuild drops an unused object literal only when nothing in it can run code.
export const EN = {
  common: enCommon,
  checklist: enChecklist,
  schema: enSchema,
  validation: enValidation,
  ui: enUi,
  addon: enAddon,
  label: enLabel,
  documents: enDocuments,
  reminders: enReminders,
};

export type Domains = typeof EN;

type Translations<T> = { [D in keyof T]: Translation<T[D]> };

export const ALWAYS_TH: Translations<typeof ALWAYS_EN> = {
  common: thCommon,
  checklist: thChecklist,
  schema: thSchema,
  validation: thValidation,
  ui: thUi,
  addon: thAddon,
  label: thLabel,
};

export const TH: Translations<Domains> = {
  common: thCommon,
  checklist: thChecklist,
  schema: thSchema,
  validation: thValidation,
  ui: thUi,
  addon: thAddon,
  label: thLabel,
  documents: thDocuments,
  reminders: thReminders,
};

/** A domain t() does not have from the start. */
export type LaterDomain = Exclude<keyof Domains, keyof typeof ALWAYS_EN>;
