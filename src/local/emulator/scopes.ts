/**
 * The OAuth scopes that authorise each emulated Apps Script method, so that
 * the emulator refuses a call the manifest's `oauthScopes` would not allow
 * on Google, and `npm run check:manifest` can tell which declared scope each
 * call needs.
 *
 * Where the data comes from:
 *  - the "Authorization" section of each method in Google's Apps Script
 *    reference, https://developers.google.com/apps-script/reference/<service>/<class>
 *    ("Scripts that use this method require authorization with one or more of
 *    the following scopes"), read for SpreadsheetApp, Range, Sheet, Spreadsheet,
 *    DriveApp, Folder, MailApp, Ui, TriggerBuilder, ScriptApp, Session and
 *    DocumentApp; the element classes of DocumentApp (Body, Paragraph, Text,
 *    Table, ...) state it once for the whole class;
 *  - for the advanced Drive service (v3), the `scopes` of each method in the
 *    Drive API discovery document (https://www.googleapis.com/discovery/v1/apis/drive/v3/rest,
 *    as vendored in googleapis/google-api-go-client drive/v3/drive-api.json).
 *
 * Each value lists the scopes any ONE of which suffices, in the order Google
 * lists them (its error message keeps that order). An empty list means the
 * method needs no authorization.
 *
 * Where the reference leaves a doubt, the stricter reading is taken and
 * marked `STRICTER`: chiefly a method whose page shows no Authorization
 * section while every other method of its class (which reads or changes the
 * same document) lists one — e.g. Range.activate, Range.offset, Sheet.activate,
 * several Spreadsheet getters — is given its class's scopes, as the gap is
 * more likely the page's than the service's.
 *
 * Keys are `${gasType}.${method}`, gasType being the emulator class's
 * `readonly gasType` (the membrane counts calls under the same name). The
 * advanced Drive service is keyed `Files.create` etc.: its class is to be
 * given gasType 'Files' (what `Drive.Files` is called in Google's messages).
 *
 * A method of an emulated class that is missing here is a bug in the
 * emulator: test/local/scopes.test.ts enumerates the classes and fails.
 */

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPES = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  spreadsheetsReadonly: `${AUTH}spreadsheets.readonly`,
  documentsCurrentOnly: `${AUTH}documents.currentonly`,
  documents: `${AUTH}documents`,
  drive: `${AUTH}drive`,
  driveReadonly: `${AUTH}drive.readonly`,
  driveFile: `${AUTH}drive.file`,
  driveAppdata: `${AUTH}drive.appdata`,
  driveMeetReadonly: `${AUTH}drive.meet.readonly`,
  driveMetadata: `${AUTH}drive.metadata`,
  driveMetadataReadonly: `${AUTH}drive.metadata.readonly`,
  drivePhotosReadonly: `${AUTH}drive.photos.readonly`,
  driveScripts: `${AUTH}drive.scripts`,
  scriptContainerUi: `${AUTH}script.container.ui`,
  scriptScriptapp: `${AUTH}script.scriptapp`,
  scriptSendMail: `${AUTH}script.send_mail`,
  scriptExternalRequest: `${AUTH}script.external_request`,
  userinfoEmail: `${AUTH}userinfo.email`,
} as const;

const S = SCOPES;
const NONE: readonly string[] = [];
const SHEETS = [S.spreadsheetsCurrentOnly, S.spreadsheets] as const;
const SHEETS_ANY_FILE = [S.spreadsheets] as const;
const DOCS = [S.documentsCurrentOnly, S.documents] as const;
const DOCS_ANY_FILE = [S.documents] as const;
const DRIVE_READ = [S.driveReadonly, S.drive] as const;
const DRIVE_WRITE = [S.drive] as const;
const CONTAINER_UI = [S.scriptContainerUi] as const;
const TRIGGERS = [S.scriptScriptapp] as const;
const SEND_MAIL = [S.scriptSendMail] as const;
const EMAIL = [S.userinfoEmail] as const;

/** Drive API v3 (advanced Drive service), per method, from the discovery document. */
const DRIVE_V3_CREATE = [S.drive, S.driveAppdata, S.driveFile] as const;
const DRIVE_V3_READ = [
  S.drive,
  S.driveAppdata,
  S.driveFile,
  S.driveMeetReadonly,
  S.driveMetadata,
  S.driveMetadataReadonly,
  S.drivePhotosReadonly,
  S.driveReadonly,
] as const;
const DRIVE_V3_UPDATE = [S.drive, S.driveAppdata, S.driveFile, S.driveMetadata, S.driveScripts] as const;

/** Sheets API v4 (advanced Sheets service), per method, from its discovery document (sheets/v4/sheets-api.json). */
const SHEETS_V4_READ = [S.drive, S.driveFile, S.driveReadonly, S.spreadsheets, S.spreadsheetsReadonly] as const;
const SHEETS_V4_WRITE = [S.drive, S.driveFile, S.spreadsheets] as const;

type Entries = Record<string, readonly string[]>;

/** One class's methods that share a scope list. */
function all(gasType: string, scopes: readonly string[], methods: string[]): Entries {
  return Object.fromEntries(methods.map((m) => [`${gasType}.${m}`, scopes]));
}

export const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // ── SpreadsheetApp ───────────────────────────────────────────────────────
  ...all('SpreadsheetApp', SHEETS, ['getActive', 'getActiveSpreadsheet', 'getActiveSheet', 'getActiveRange']),
  // setActiveSheet(sheet) shows no section, setActiveSheet(sheet, restoreSelection) lists SHEETS. STRICTER.
  'SpreadsheetApp.setActiveSheet': SHEETS,
  // The reference gives flush() no section; it applies pending writes to the spreadsheet. STRICTER.
  'SpreadsheetApp.flush': SHEETS,
  // Opening any spreadsheet by id/url needs the full scope: currentonly reaches only the container.
  ...all('SpreadsheetApp', SHEETS_ANY_FILE, ['openById', 'openByUrl']),
  // No section in the reference; getUi is what an AuthMode.NONE onOpen may call to build the menu.
  'SpreadsheetApp.getUi': NONE,
  // No section in the reference: it only makes a builder (the builder's own methods are below).
  'SpreadsheetApp.newDataValidation': NONE,

  // ── Spreadsheet ──────────────────────────────────────────────────────────
  // getId, getSheets, getNumSheets, getSheetById, getSheetByName and getActiveSheet show no
  // section while the rest of the class lists SHEETS. STRICTER: all of the class needs SHEETS.
  ...all('Spreadsheet', SHEETS, [
    'getId', 'getName', 'getUrl', 'rename', 'getSpreadsheetTimeZone', 'setSpreadsheetTimeZone',
    'getSpreadsheetLocale', 'setSpreadsheetLocale', 'getSheets', 'getNumSheets', 'getSheetByName',
    'getSheetById', 'getActiveSheet', 'setActiveSheet', 'getRange', 'insertSheet', 'deleteSheet', 'toast',
  ]),

  // ── Sheet ────────────────────────────────────────────────────────────────
  // activate() shows no section. STRICTER.
  ...all('Sheet', SHEETS, [
    'activate', 'appendRow', 'autoResizeColumn', 'autoResizeColumns', 'clear', 'clearContents', 'clearFormats',
    'clearNotes', 'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'getColumnWidth', 'getDataRange',
    'getFrozenColumns', 'getFrozenRows', 'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns', 'getMaxRows',
    'getName', 'getParent', 'getRange', 'getRangeList', 'getSheetId', 'getSheetName', 'getTabColor', 'hideColumns', 'hideSheet',
    'insertColumnAfter', 'insertColumnBefore', 'insertColumnsAfter', 'insertColumnsBefore', 'insertRowAfter',
    'insertRowBefore', 'insertRows', 'insertRowsAfter', 'insertRowsBefore', 'isColumnHiddenByUser',
    'isSheetHidden', 'setColumnWidth', 'setColumnWidths', 'setFrozenColumns', 'setFrozenRows', 'setName',
    'setTabColor', 'showColumns', 'showSheet',
  ]),

  // ── Range ────────────────────────────────────────────────────────────────
  // activate() and offset() show no section. STRICTER.
  ...all('Range', SHEETS, [
    'activate', 'clear', 'clearContent', 'clearDataValidations', 'clearFormat', 'clearNote', 'getA1Notation',
    'getBackground', 'getBackgrounds', 'getCell', 'getColumn', 'getDataValidation', 'getDataValidations',
    'getDisplayValue', 'getDisplayValues', 'getFontColor', 'getFontColors', 'getFontWeight', 'getFontWeights',
    'getFormula', 'getFormulas', 'getGridId', 'getHorizontalAlignment', 'getLastColumn', 'getLastRow', 'getNote',
    'getNotes', 'getNumColumns', 'getNumRows', 'getNumberFormat', 'getNumberFormats', 'getRow', 'getRowIndex',
    'getSheet', 'getValue', 'getValues', 'getWrap', 'getWraps', 'isBlank', 'merge', 'offset', 'setBackground',
    'setBackgrounds', 'setDataValidation', 'setDataValidations', 'setFontColor', 'setFontSize', 'setFontWeight',
    'setFormula', 'setFormulas', 'setHorizontalAlignment', 'setNote', 'setNotes', 'setNumberFormat',
    'setNumberFormats', 'setValue', 'setValues', 'setWrap',
  ]),

  // ── RangeList (Sheet.getRangeList) ─────────────────────────────────────────
  // The reference lists spreadsheets.currentonly and spreadsheets for its methods, as for Range's.
  ...all('RangeList', SHEETS, ['getRanges', 'setBackground']),

  // ── DataValidation, DataValidationBuilder ────────────────────────────────
  // Not read method by method; the sibling builders of the Spreadsheet service (CellImageBuilder,
  // ...) list SHEETS on every method. STRICTER: SHEETS.
  ...all('DataValidation', SHEETS, ['copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText']),
  ...all('DataValidationBuilder', SHEETS, [
    'build', 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText', 'requireCheckbox',
    'requireDateAfter', 'requireDateBefore', 'requireDateBetween', 'requireDateEqualTo', 'requireDateNotBetween',
    'requireDateOnOrAfter', 'requireDateOnOrBefore', 'requireFormulaSatisfied', 'requireNumberBetween',
    'requireNumberEqualTo', 'requireNumberGreaterThan', 'requireNumberGreaterThanOrEqualTo', 'requireNumberLessThan',
    'requireNumberLessThanOrEqualTo', 'requireNumberNotBetween', 'requireNumberNotEqualTo', 'requireValueInList',
    'requireValueInRange', 'setAllowInvalid', 'setHelpText', 'withCriteria',
  ]),

  // ── Ui, Menu, PromptResponse (base service) ──────────────────────────────
  ...all('Ui', CONTAINER_UI, ['showSidebar', 'showModalDialog', 'showModelessDialog']),
  // Menus, alerts and prompts show no section (an AuthMode.NONE onOpen builds the menu).
  ...all('Ui', NONE, ['alert', 'prompt', 'createMenu', 'createAddonMenu']),
  ...all('Menu', NONE, ['addItem', 'addSeparator', 'addSubMenu', 'addToUi']),
  ...all('PromptResponse', NONE, ['getResponseText', 'getSelectedButton']),

  // ── DocumentApp ──────────────────────────────────────────────────────────
  ...all('DocumentApp', DOCS_ANY_FILE, ['create', 'openById', 'openByUrl']),
  'DocumentApp.getActiveDocument': DOCS,
  ...all('Document', DOCS, ['getBlob', 'getBody', 'getId', 'getName', 'getUrl', 'saveAndClose', 'setName']),
  // The element classes state DOCS once for all their methods.
  ...all('Body', DOCS, [
    'appendHorizontalRule', 'appendListItem', 'appendPageBreak', 'appendParagraph', 'appendTable', 'clear',
    'editAsText', 'getChild', 'getChildIndex', 'getListItems', 'getNumChildren', 'getParagraphs', 'getTables',
    'getText', 'getType', 'insertParagraph', 'removeChild', 'replaceText', 'setMarginBottom', 'setMarginLeft',
    'setMarginRight', 'setMarginTop', 'setText',
  ]),
  ...all('Paragraph', DOCS, [
    'appendHorizontalRule', 'appendPageBreak', 'appendText', 'asListItem', 'asParagraph', 'asTable', 'editAsText',
    'getAlignment', 'getAttributes', 'getHeading', 'getLinkUrl', 'getNumChildren', 'getText', 'getType',
    'isAtDocumentEnd', 'removeFromParent', 'setAlignment', 'setAttributes', 'setHeading', 'setIndentFirstLine',
    'setIndentStart', 'setLineSpacing', 'setLinkUrl', 'setSpacingAfter', 'setSpacingBefore', 'setText',
  ]),
  ...all('ListItem', DOCS, [
    'appendText', 'asListItem', 'asParagraph', 'asTable', 'editAsText', 'getAlignment', 'getAttributes',
    'getGlyphType', 'getHeading', 'getLinkUrl', 'getListId', 'getNestingLevel', 'getNumChildren', 'getText',
    'getType', 'isAtDocumentEnd', 'removeFromParent', 'setAlignment', 'setAttributes', 'setGlyphType', 'setHeading',
    'setIndentFirstLine', 'setIndentStart', 'setLineSpacing', 'setLinkUrl', 'setListId', 'setNestingLevel',
    'setSpacingAfter', 'setSpacingBefore', 'setText',
  ]),
  ...all('Text', DOCS, [
    'appendText', 'deleteText', 'getAttributes', 'getLinkUrl', 'getText', 'getTextAttributeIndices', 'getType',
    'insertText', 'isBold', 'isItalic', 'setAttributes', 'setBackgroundColor', 'setBold', 'setFontFamily',
    'setFontSize', 'setForegroundColor', 'setItalic', 'setLinkUrl', 'setStrikethrough', 'setText', 'setUnderline',
  ]),
  ...all('Table', DOCS, [
    'appendTableRow', 'asListItem', 'asParagraph', 'asTable', 'getCell', 'getNumRows', 'getRow', 'getText',
    'getType', 'removeFromParent', 'removeRow', 'setBorderColor', 'setBorderWidth', 'setColumnWidth',
  ]),
  ...all('TableRow', DOCS, ['appendTableCell', 'editAsText', 'getCell', 'getNumCells', 'getText', 'getType']),
  ...all('TableCell', DOCS, [
    'appendListItem', 'appendParagraph', 'editAsText', 'getBackgroundColor', 'getChild', 'getChildIndex',
    'getNumChildren', 'getText', 'getType', 'insertParagraph', 'removeChild', 'replaceText', 'setBackgroundColor',
    'setText',
  ]),
  'HorizontalRule.getType': DOCS,
  // PageBreak's page states no scope; it is reachable only through a document. STRICTER.
  'PageBreak.getType': DOCS,

  // ── DriveApp, Folder, File, iterators ────────────────────────────────────
  // Every DriveApp method needs the full drive scope (drive.readonly for reads); drive.file
  // authorises none of them (PLATFORM.md; the advanced Drive service below is the drive.file route).
  ...all('DriveApp', DRIVE_WRITE, ['createFile', 'createFolder']),
  ...all('DriveApp', DRIVE_READ, [
    'getFileById', 'getFiles', 'getFilesByName', 'getFolderById', 'getFolders', 'getFoldersByName', 'getRootFolder',
  ]),
  ...all('Folder', DRIVE_WRITE, ['addFile', 'createFile', 'createFolder', 'moveTo', 'setName', 'setTrashed']),
  ...all('Folder', DRIVE_READ, [
    'getDateCreated', 'getFiles', 'getFilesByName', 'getFolders', 'getFoldersByName', 'getId', 'getLastUpdated',
    'getName', 'getParents', 'getUrl', 'isTrashed',
  ]),
  // File's page was not read method by method; it follows Folder's split (writes: drive; reads:
  // drive.readonly or drive), as the page summary of both classes states.
  ...all('File', DRIVE_WRITE, ['moveTo', 'setContent', 'setName', 'setTrashed']),
  ...all('File', DRIVE_READ, [
    'getBlob', 'getDateCreated', 'getId', 'getLastUpdated', 'getMimeType', 'getName', 'getParents', 'getSize',
    'getUrl', 'isTrashed',
  ]),
  // The iterators come only from Drive reads. STRICTER: drive.readonly or drive.
  ...all('FileIterator', DRIVE_READ, ['getContinuationToken', 'hasNext', 'next']),
  ...all('FolderIterator', DRIVE_READ, ['getContinuationToken', 'hasNext', 'next']),

  // ── Developer metadata (Spreadsheet.addDeveloperMetadata, DeveloperMetadata) ──
  // The reference lists spreadsheets.currentonly and spreadsheets for these, as for every Spreadsheet method.
  ...all('Spreadsheet', SHEETS, ['getDeveloperMetadata', 'addDeveloperMetadata']),
  ...all('DeveloperMetadata', SHEETS, ['getId', 'getKey', 'getValue', 'getVisibility', 'setValue', 'remove']),

  // ── Advanced Drive service, Drive API v3 (`Drive.Files.*`) ───────────────
  'Files.create': DRIVE_V3_CREATE,
  'Files.get': DRIVE_V3_READ,
  'Files.list': DRIVE_V3_READ,
  'Files.update': DRIVE_V3_UPDATE,
  // ── Advanced Sheets service, Sheets API v4 (`Sheets.Spreadsheets.*`) ───
  'Spreadsheets.get': SHEETS_V4_READ,
  'Values.batchGet': SHEETS_V4_READ,
  'Spreadsheets.batchUpdate': SHEETS_V4_WRITE,
  // The REST method is files.delete; Apps Script's v3 advanced service names it Files.remove (same scopes).
  'Files.remove': DRIVE_V3_CREATE,

  // ── MailApp ──────────────────────────────────────────────────────────────
  ...all('MailApp', SEND_MAIL, ['sendEmail', 'getRemainingDailyQuota']),

  // ── ScriptApp and triggers ───────────────────────────────────────────────
  ...all('ScriptApp', TRIGGERS, ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']),
  ...all('ScriptApp', NONE, ['getService', 'getScriptId', 'getAuthorizationInfo', 'getOAuthToken']),
  // ── UrlFetchApp, HTTPResponse ────────────────────────────────────────────
  // "This service requires the https://www.googleapis.com/auth/script.external_request scope"
  // (URL Fetch Service reference; each method's Authorization section names it alone). What the
  // request itself may do is the token's business (its own scopes: drive.file for the uploads).
  ...all('UrlFetchApp', [S.scriptExternalRequest], ['fetch', 'fetchAll']),
  // HTTPResponse holds an answer already fetched: its page lists no Authorization.
  ...all('HTTPResponse', NONE, ['getResponseCode', 'getContentText', 'getContent', 'getBlob', 'getHeaders', 'getAllHeaders']),
  'TriggerBuilder.timeBased': TRIGGERS,
  'TriggerBuilder.forSpreadsheet': SHEETS,
  // The builders' and Trigger's pages show no section; every one is reached only through
  // ScriptApp.newTrigger or getProjectTriggers/getUserTriggers. STRICTER: script.scriptapp.
  ...all('ClockTriggerBuilder', TRIGGERS, [
    'after', 'at', 'atHour', 'create', 'everyDays', 'everyHours', 'everyMinutes', 'everyWeeks', 'inTimezone',
    'nearMinute', 'onMonthDay', 'onWeekDay',
  ]),
  ...all('SpreadsheetTriggerBuilder', TRIGGERS, ['create', 'onChange', 'onEdit', 'onFormSubmit', 'onOpen']),
  ...all('Trigger', TRIGGERS, [
    'getEventType', 'getHandlerFunction', 'getTriggerSource', 'getTriggerSourceId', 'getUniqueId',
  ]),
  ...all('Service', NONE, ['getUrl', 'isEnabled']),
  ...all('AuthorizationInfo', NONE, ['getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes']),

  // ── Session, User ────────────────────────────────────────────────────────
  ...all('Session', EMAIL, ['getActiveUser', 'getEffectiveUser']),
  ...all('Session', NONE, ['getActiveUserLocale', 'getScriptTimeZone', 'getTemporaryActiveUserKey']),
  'User.getEmail': EMAIL,

  // ── Services that need no authorization ──────────────────────────────────
  ...all('PropertiesService', NONE, ['getDocumentProperties', 'getScriptProperties', 'getUserProperties']),
  ...all('Properties', NONE, [
    'deleteAllProperties', 'deleteProperty', 'getKeys', 'getProperties', 'getProperty', 'setProperties', 'setProperty',
  ]),
  ...all('LockService', NONE, ['getDocumentLock', 'getScriptLock', 'getUserLock']),
  ...all('Lock', NONE, ['hasLock', 'releaseLock', 'tryLock', 'waitLock']),
  ...all('HtmlService', NONE, ['createHtmlOutput', 'createHtmlOutputFromFile']),
  ...all('HtmlOutput', NONE, [
    'addMetaTag', 'append', 'appendUntrusted', 'clear', 'getAs', 'getBlob', 'getContent', 'getFaviconUrl',
    'getHeight', 'getMetaTags', 'getTitle', 'getWidth', 'setContent', 'setFaviconUrl', 'setHeight', 'setSandboxMode',
    'setTitle', 'setWidth', 'setXFrameOptionsMode',
  ]),
  ...all('Utilities', NONE, [
    'base64Decode', 'base64DecodeWebSafe', 'base64Encode', 'base64EncodeWebSafe', 'computeDigest',
    'computeHmacSha256Signature', 'computeHmacSignature', 'formatDate', 'getUuid', 'newBlob', 'sleep', 'zip',
  ]),
  ...all('Blob', NONE, [
    'copyBlob', 'getAs', 'getBlob', 'getBytes', 'getContentType', 'getDataAsString', 'getName', 'isGoogleType', 'setBytes',
    'setContentType', 'setDataFromString', 'setName',
  ]),
  ...all('Logger', NONE, ['clear', 'getLog', 'log']),
});

/**
 * Public methods of emulated classes that exist for the emulator's own use
 * (finishing an execution, converting to .xlsx), not Apps Script methods:
 * the bundle must never call them, and on Google they do not exist.
 * Names starting with `_` are host-only by the emulator's convention too.
 */
export const EMULATOR_INTERNAL_METHODS: ReadonlySet<string> = new Set([
  'DocumentApp.commit',
  'MailApp.commit',
  'LockService.commit',
  'LockService.releaseAll',
  'DataValidation.toXlsx',
]);

/** Emulator classes with a gasType that are not Apps Script classes at all. */
const EMULATOR_INTERNAL_TYPES: ReadonlySet<string> = new Set(['Workbook']);

export function isEmulatorInternal(name: string): boolean {
  const dot = name.indexOf('.');
  const type = name.slice(0, dot);
  const method = name.slice(dot + 1);
  return method.startsWith('_') || EMULATOR_INTERNAL_TYPES.has(type) || EMULATOR_INTERNAL_METHODS.has(name);
}

/** The scopes any one of which authorises `name` (`[]`: none needed); undefined when the table lacks it. */
export function scopesFor(name: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(METHOD_SCOPES, name) ? METHOD_SCOPES[name] : undefined;
}

/**
 * Google OAuth scopes a manifest may reasonably declare besides those in the
 * table (other Workspace services an add-on might use), so that a manifest
 * naming one of them reads as "unused", not as a typo.
 */
export const WELL_KNOWN_SCOPES: ReadonlySet<string> = new Set([
  ...Object.values(SCOPES),
  `${AUTH}spreadsheets.readonly`,
  `${AUTH}documents.readonly`,
  `${AUTH}drive.apps.readonly`,
  `${AUTH}presentations`,
  `${AUTH}presentations.currentonly`,
  `${AUTH}presentations.readonly`,
  `${AUTH}forms`,
  `${AUTH}forms.currentonly`,
  `${AUTH}calendar`,
  `${AUTH}calendar.readonly`,
  `${AUTH}script.external_request`,
  `${AUTH}script.locale`,
  `${AUTH}userinfo.profile`,
]);

/** Every scope the emulator knows: in the table or in the well-known list. */
export function isKnownScope(scope: string): boolean {
  return WELL_KNOWN_SCOPES.has(scope) || Object.values(METHOD_SCOPES).some((list) => list.includes(scope));
}
