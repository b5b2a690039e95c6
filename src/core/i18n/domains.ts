/**
 * The string domains of each language. To add a domain (e.g. `checklist`), create
 * en/checklist.ts (`export const checklist = {...}`) and th/checklist.ts typed
 * `Translation<typeof En>`, then add one line to each object below.
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

export const EN = {
  common: enCommon,
  documents: enDocuments,
  checklist: enChecklist,
  schema: enSchema,
  validation: enValidation,
  ui: enUi,
  reminders: enReminders,
  addon: enAddon,
  label: enLabel,
};

export type Domains = typeof EN;

export const TH: { [D in keyof Domains]: Translation<Domains[D]> } = {
  common: thCommon,
  documents: thDocuments,
  checklist: thChecklist,
  schema: thSchema,
  validation: thValidation,
  ui: thUi,
  reminders: thReminders,
  addon: thAddon,
  label: thLabel,
};
