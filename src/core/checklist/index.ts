/**
 * LO checklists: the item catalogue, due moments and statuses per guest, readiness
 * for the dashboard, and validation of ticks sent from the browser.
 */
export {
  buildChecklist, itemPhasesOf, phaseAt, sortItems,
  type BuildOptions, type ChecklistItemView, type GuestChecklist, type ItemStatus,
  type MissingKey, type PhaseCount, type TickInfo,
} from './build';
export { CATALOGUE, CATALOGUE_IDS, CONFIRM_TOMORROW, type AutoFact, type AutoFactKey } from './catalogue';
export { customItemId, customItemsOf, type CustomItemDef } from './custom';
export { guestFacts, indexModel, type ChecklistIndex, type GuestFacts, type ReasonKey } from './facts';
export { readiness, type GuestReadiness, type Readiness } from './readiness';
export * as CHECKLIST_RULES from './rules';
export type { LocalText } from './texts';
export {
  isTickError, parseTickRequest, TICK_LIMITS,
  type TickErrorCode, type TickRequest, type TickRequestError,
} from './tick-request';
