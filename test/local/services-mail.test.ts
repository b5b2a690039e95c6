import { readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { startSmtpWorker } from '../helpers/smtp-worker';
import { createMailApp, QUOTA_EXCEEDED } from '../../src/local/emulator/mail';
import { createUtilities } from '../../src/local/emulator/utilities';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox({ now: new Date('2026-11-20T01:00:00Z') });
});
afterEach(() => box.cleanup());

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address));

describe('MailApp', () => {
  test('a sent message is a parseable RFC 5322 .eml with a Thai subject, html and text parts, reply-to and sender name', async () => {
    const mail = createMailApp(box.ctx());
    mail.sendEmail({
      to: 'guest@example.com',
      cc: 'lo@example.com',
      subject: 'แจ้งเตือน: รับแขกที่สนามบิน',
      body: 'ข้อความภาษาไทย plain',
      htmlBody: '<p>ข้อความ <b>HTML</b></p>',
      name: 'LO Desk สำนักเลขาธิการ',
      replyTo: 'desk@example.org',
      attachments: [createUtilities().newBlob('a,b\n1,2\n', 'text/csv', 'list.csv')],
    });
    expect(await mail.commit()).toEqual([]);
    const files = readdirSync(box.options.outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^20261120T01000\dZ-1-message\.eml$/);
    const parsed = await simpleParser(readFileSync(path.join(box.options.outboxDir, files[0])));
    expect(parsed.subject).toBe('แจ้งเตือน: รับแขกที่สนามบิน');
    expect(parsed.text?.trim()).toBe('ข้อความภาษาไทย plain');
    expect(parsed.html).toContain('<b>HTML</b>');
    expect(addresses(parsed.replyTo)).toEqual(['desk@example.org']);
    expect(addresses(parsed.to)).toEqual(['guest@example.com']);
    expect(addresses(parsed.cc)).toEqual(['lo@example.com']);
    expect(parsed.from?.value[0]).toEqual({ address: 'organiser@example.org', name: 'LO Desk สำนักเลขาธิการ' });
    expect(parsed.date?.toISOString()).toMatch(/^2026-11-20T01:00:0\d/);
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['list.csv', 'a,b\n1,2\n']]);
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/mixed' });
  });

  test('the four-string form sets Reply-To and an ASCII subject becomes the file slug', async () => {
    const mail = createMailApp(box.ctx());
    mail.sendEmail('guest@example.com', 'desk@example.org', 'Arrival brief: Mr. Smith', 'hello');
    await mail.commit();
    const [file] = readdirSync(box.options.outboxDir);
    expect(file).toMatch(/^20261120T01000\dZ-1-arrival-brief-mr-smith\.eml$/);
    const parsed = await simpleParser(readFileSync(path.join(box.options.outboxDir, file)));
    expect(addresses(parsed.replyTo)).toEqual(['desk@example.org']);
  });

  test('the quota counts recipients (to, cc and bcc) and throws past it without counting', () => {
    const mail = createMailApp(box.ctx({ mailQuota: 5 }));
    expect(mail.getRemainingDailyQuota()).toBe(5);
    mail.sendEmail('a@example.com,b@example.com', 'S', 'B', { cc: 'c@example.com', bcc: 'd@example.com' });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('a@example.com,b@example.com', 'S', 'B')).toThrow(QUOTA_EXCEEDED);
    expect(mail.getRemainingDailyQuota()).toBe(1);
    mail.sendEmail('a@example.com', 'S', 'B');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(mail.accepted).toHaveLength(2);
  });

  test('the quota window persists across executions and resets 24 hours after first use', () => {
    createMailApp(box.ctx({ mailQuota: 3 })).sendEmail('a@example.com,b@example.com', 'S', 'B');
    const later = createMailApp(box.ctx({ mailQuota: 3, now: new Date('2026-11-20T23:00:00Z') }));
    expect(later.getRemainingDailyQuota()).toBe(1);
    expect(() => later.sendEmail('a@example.com,b@example.com', 'S', 'B')).toThrow(QUOTA_EXCEEDED);
    const nextDay = createMailApp(box.ctx({ mailQuota: 3, now: new Date('2026-11-21T01:01:00Z') })); // a minute past 24 h: the clocks run on from creation
    expect(nextDay.getRemainingDailyQuota()).toBe(3);
  });

  test('an invalid address throws with Apps Script wording, and nothing is counted', () => {
    const mail = createMailApp(box.ctx());
    expect(() => mail.sendEmail('not-an-address', 'S', 'B')).toThrow('Invalid email: not-an-address');
    expect(() => mail.sendEmail('ok@example.com', 'S', 'B', { cc: 'a@b@c.com' })).toThrow('Invalid email: a@b@c.com');
    expect(() => mail.sendEmail('ok@example.com\nBcc: x@evil.com', 'S', 'B')).toThrow(/^Invalid email: /);
    expect(() => mail.sendEmail('', 'S', 'B')).toThrow('Failed to send email: no recipient');
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });

  test('more than 50 recipients in one message is refused', () => {
    const many = Array.from({ length: 51 }, (_, i) => `r${i}@example.com`).join(',');
    expect(() => createMailApp(box.ctx()).sendEmail(many, 'S', 'B')).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });

  test('with smtpUrl, sendEmail delivers to a real SMTP server within the call (bcc in the envelope only)', async () => {
    const server = await startSmtpWorker();
    try {
      const mail = createMailApp(box.ctx({ smtpUrl: `smtp://127.0.0.1:${server.port}` }));
      mail.sendEmail('guest@example.com', 'ยืนยันโปรแกรมพรุ่งนี้', 'text', { htmlBody: '<p>html</p>', bcc: 'audit@example.org' });
      // Delivered by the time sendEmail returned: nothing is left for the end of the execution.
      const received = await server.received();
      expect(received).toHaveLength(1);
      expect(await mail.commit()).toEqual([]);
      expect(received[0].from).toBe('organiser@example.org');
      expect(received[0].to.sort()).toEqual(['audit@example.org', 'guest@example.com']);
      const parsed = await simpleParser(received[0].raw);
      expect(parsed.subject).toBe('ยืนยันโปรแกรมพรุ่งนี้');
      expect(parsed.bcc).toBeUndefined();
      expect(parsed.html).toContain('<p>html</p>');
      expect(mail.delivered).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  test('a server that is down makes sendEmail throw, and nothing is counted against the quota', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const mail = createMailApp(box.ctx({ smtpUrl: `smtp://127.0.0.1:${port}` }));
    expect(() => mail.sendEmail('guest@example.com', 'Pickup 07:30', 'text')).toThrow(/^Failed to send email: .*ECONNREFUSED/);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    expect(mail.delivered).toHaveLength(0);
  });

  test('a server that refuses the recipient makes sendEmail throw', async () => {
    const server = await startSmtpWorker({ refuse: true });
    try {
      const mail = createMailApp(box.ctx({ smtpUrl: `smtp://127.0.0.1:${server.port}` }));
      expect(() => mail.sendEmail('guest@example.com', 'Pickup 07:30', 'text')).toThrow(/^Failed to send email: .*Mailbox unavailable/);
      expect(await server.received()).toHaveLength(0);
      expect(mail.getRemainingDailyQuota()).toBe(100);
    } finally {
      await server.close();
    }
  });
});
