/**
 * Model → the JSON each page shows, and who may see what. Pure: the Apps Script
 * side reads the workbook and passes the model, the findings, the caller and now.
 */
export { canSeeGuest, guestRoleOf, resolveCaller, visibleGuests } from './access';
export { buildGuestCard, buildListProgress, buildLoView, deniedView } from './lo-view';
export { buildDashboardCard, buildDashboardView, parseDashboardFilters } from './dashboard-view';
export { checklistView, doneByText, focusItems } from './checklist-view';
export type { RemindersState } from './reminders-state';
export type * from './types';
