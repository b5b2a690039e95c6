/**
 * Model → the JSON each page shows, and who may see what. Pure: the Apps Script
 * side reads the workbook and passes the model, the findings, the caller and now.
 */
export { canSeeGuest, guestRoleOf, normaliseEmail, resolveCaller, visibleGuests, type Caller, type GuestRole } from './access';
export { buildLoView, deniedView, type LoViewInput } from './lo-view';
export { buildDashboardView, parseDashboardFilters, NO_FILTERS, type DashboardInput } from './dashboard-view';
export { itemView, checklistView, focusItems, phaseOrder } from './checklist-view';
export { remindersView, type RemindersState } from './reminders-state';
export type * from './types';
