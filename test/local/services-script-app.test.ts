import { createScriptApp, readTriggers, TOO_MANY_TIME_TRIGGERS } from '../../src/local/emulator/script-app';
import { sandbox, SANDBOX_SPREADSHEET_ID, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe('ScriptApp', () => {
  test('a time-based trigger persists across executions with its handler, type and schedule', () => {
    const app = createScriptApp(box.ctx());
    const t = app.newTrigger('runReminders').timeBased().everyHours(1).create();
    expect(t.getHandlerFunction()).toBe('runReminders');
    expect(t.getEventType()).toBe(app.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(t.getUniqueId()).toMatch(/^\d+$/);

    const later = createScriptApp(box.ctx());
    const found = later.getProjectTriggers();
    expect(found.map((x) => [x.getUniqueId(), x.getHandlerFunction()])).toEqual([[t.getUniqueId(), 'runReminders']]);
    // getUserTriggers(spreadsheet) lists no time-driven trigger (the stricter reading of Google's docs).
    expect(later.getUserTriggers({ getId: () => SANDBOX_SPREADSHEET_ID })).toEqual([]);
    expect(readTriggers(box.ctx())[0].documentId).toBe(SANDBOX_SPREADSHEET_ID);
    expect(readTriggers(box.ctx())[0].schedule).toEqual({ everyHours: 1 });
    // Another user of the document does not see them.
    expect(createScriptApp(box.ctx({ user: 'lo@example.org' })).getProjectTriggers()).toEqual([]);
  });

  test('a second time-based trigger for the same user and document throws Google\'s add-on message', () => {
    createScriptApp(box.ctx()).newTrigger('runReminders').timeBased().everyHours(1).create();
    const later = createScriptApp(box.ctx());
    expect(() => later.newTrigger('digest').timeBased().atHour(8).everyDays(1).create()).toThrow(TOO_MANY_TIME_TRIGGERS);
    // Another user may install their own.
    expect(createScriptApp(box.ctx({ user: 'lo@example.org' })).newTrigger('runReminders').timeBased().everyHours(1).create()).toBeTruthy();
  });

  test('deleteTrigger removes it for later executions, and a new one may then be created', () => {
    const app = createScriptApp(box.ctx());
    const t = app.newTrigger('runReminders').timeBased().everyHours(1).create();
    app.deleteTrigger(t);
    expect(createScriptApp(box.ctx()).getProjectTriggers()).toEqual([]);
    expect(() => app.newTrigger('runReminders').timeBased().everyHours(2).create()).not.toThrow();
  });

  test('bad schedules are refused: invalid intervals, minutes in an add-on, no schedule at all', () => {
    const app = createScriptApp(box.ctx());
    expect(() => app.newTrigger('f').timeBased().everyHours(3)).toThrow(/everyHours takes one of 1, 2, 4, 6, 8, 12/);
    expect(() => app.newTrigger('f').timeBased().everyMinutes(5).create()).toThrow(/at most once an hour/);
    expect(() => app.newTrigger('f').timeBased().create()).toThrow(/needs a schedule/);
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow(/atHour/);
    expect(createScriptApp(box.ctx()).getProjectTriggers()).toEqual([]);
  });

  test('a spreadsheet trigger records its source id', () => {
    const t = createScriptApp(box.ctx())
      .newTrigger('onOpenInstalled')
      .forSpreadsheet({ getId: () => 'sheet-123' })
      .onOpen()
      .create();
    expect(t.getTriggerSource()).toBe('SPREADSHEETS');
    expect(t.getTriggerSourceId()).toBe('sheet-123');
    expect(t.getEventType()).toBe('ON_OPEN');
  });

  test('getService().getUrl() is the preview URL when one is set, else empty', () => {
    expect(createScriptApp(box.ctx()).getService().getUrl()).toBe('');
    expect(createScriptApp(box.ctx({ webAppUrl: 'http://127.0.0.1:8080/exec' })).getService().getUrl()).toBe('http://127.0.0.1:8080/exec');
    expect(createScriptApp(box.ctx()).AuthMode).toEqual({ NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' });
  });
});
