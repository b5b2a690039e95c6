/**
 * For a menu item whose feature is not built yet: says so plainly to the user
 * and returns, instead of pretending to work.
 */
export function notBuiltYet_(feature: string): { built: false; feature: string } {
  try {
    SpreadsheetApp.getUi().alert(`LO Desk: "${feature}" is not available yet in this version.`);
  } catch {
    // No UI (trigger or command line): the return value says it.
  }
  return { built: false, feature };
}
