/**
 * Developer metadata on the spreadsheet, found by key: the one way LO Desk
 * keeps per-event state WITH the event (the reminders' state, the fills
 * validation replaced). Readable wherever the spreadsheet opens, a simple
 * trigger (AuthMode.LIMITED) included, and shared by nothing else.
 */

export function metadataEntry_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  return ss.getDeveloperMetadata().find((m) => m.getKey() === key);
}

/** The entry under `key` and how many characters (keys and values) all the OTHER entries take. */
export function metadataWithOthers_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: string,
): { entry?: GoogleAppsScript.Spreadsheet.DeveloperMetadata; value: string | null; others: number } {
  let entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined;
  let value: string | null = null;
  let others = 0;
  for (const m of ss.getDeveloperMetadata()) {
    const k = m.getKey();
    if (k === key && !entry) {
      entry = m;
      value = m.getValue();
    } else {
      others += k.length + (m.getValue()?.length ?? 0);
    }
  }
  return { entry, value, others };
}

/** Writes `text` under `key` into `entry`, the one found for it (or a new one); null removes the entry. */
export function writeMetadata_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: string,
  text: string | null,
  entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined,
): void {
  if (text === null) entry?.remove();
  else if (entry) entry.setValue(text);
  else ss.addDeveloperMetadata(key, text);
}
