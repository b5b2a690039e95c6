/**
 * LO checklists: the item catalogue, due moments and statuses per guest, readiness
 * for the dashboard, and validation of ticks sent from the browser.
 */
export {
  buildChecklist, 
  type ChecklistItemView, type GuestChecklist, 
  
} from './build';
export { CATALOGUE_IDS } from './catalogue';
export { customItemId } from './custom';
export { readiness } from './readiness';
export * as CHECKLIST_RULES from './rules';

export {
  isTickError, parseTickRequest, TICK_LIMITS,
  
} from './tick-request';
