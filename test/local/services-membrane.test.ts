/**
 * The services as the bundle sees them: globals of a node:vm context behind
 * the runner's membrane, called with the context's own values.
 */
import { readdirSync } from 'node:fs';
import vm from 'node:vm';
import { Membrane, type Realm } from '../../src/local/emulator/membrane';
import { createDocumentApp } from '../../src/local/emulator/document';
import { createDriveApp } from '../../src/local/emulator/drive';
import { createMailApp } from '../../src/local/emulator/mail';
import { createPropertiesService } from '../../src/local/emulator/properties';
import { createLockService } from '../../src/local/emulator/lock';
import { createScriptApp } from '../../src/local/emulator/script-app';
import { createSession } from '../../src/local/emulator/session';
import { createLogger, createUtilities } from '../../src/local/emulator/utilities';
import { Stats } from '../../src/local/emulator/types';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

test('a script in a vm context uses the services through the membrane, and calls are counted', async () => {
  const ctx = box.ctx();
  const services = {
    MailApp: createMailApp(ctx),
    DocumentApp: createDocumentApp(ctx),
    DriveApp: createDriveApp(ctx),
    PropertiesService: createPropertiesService(ctx),
    LockService: createLockService(ctx),
    ScriptApp: createScriptApp(ctx),
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    Logger: createLogger(ctx),
  };
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', context) as Realm;
  const stats = new Stats();
  const membrane = new Membrane(realm, stats);
  for (const [name, service] of Object.entries(services)) context[name] = membrane.toContext(service);

  const result = vm.runInContext(
    `(function () {
      var lock = LockService.getDocumentLock();
      lock.waitLock(1000);
      var when = Utilities.formatDate(new Date(Date.UTC(2026, 10, 20, 1, 0)), Session.getScriptTimeZone(), 'd MMM yyyy HH:mm');
      var doc = DocumentApp.create('Brief');
      var body = doc.getBody();
      body.appendParagraph('Arrival ' + when).setHeading(DocumentApp.ParagraphHeading.HEADING1);
      var heading = body.getChild(1).asParagraph().getHeading();
      var folder = DriveApp.createFolder('Briefs');
      DriveApp.getFileById(doc.getId()).moveTo(folder);
      var csv = Utilities.newBlob('a,b', 'text/csv', 'a.csv');
      MailApp.sendEmail({ to: 'lo@example.com', subject: 'Brief ' + when, body: 'see attached', attachments: [csv] });
      PropertiesService.getDocumentProperties().setProperty('lastBrief', doc.getId());
      var t = ScriptApp.newTrigger('runReminders').timeBased().everyHours(1).create();
      Logger.log('done %s', when);
      lock.releaseLock();
      return { when: when, heading: heading, isH1: heading === DocumentApp.ParagraphHeading.HEADING1,
               clock: t.getEventType() === ScriptApp.EventType.CLOCK, quota: MailApp.getRemainingDailyQuota(),
               arrayOk: Array.isArray(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'x')) };
    })()`,
    context,
  );
  expect(membrane.toHost(result)).toEqual({ when: '20 Nov 2026 08:00', heading: 'HEADING1', isH1: true, clock: true, quota: 99, arrayOk: true });
  expect(stats.byMethod['DocumentApp.create']).toBe(1);
  expect(stats.byMethod['Paragraph.setHeading']).toBe(1);
  expect(stats.byMethod['MailApp.sendEmail']).toBe(1);

  const problems = [
    ...(await services.MailApp.commit()),
    ...(await services.DocumentApp.commit()),
    ...(await services.LockService.commit()),
  ];
  expect(problems).toEqual([]);
  expect(readdirSync(box.options.outboxDir)).toHaveLength(1);
  expect(services.DocumentApp.written[0]).toMatch(/Briefs[\\/]Brief\.docx$/);
});
