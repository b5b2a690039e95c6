import { buildMessage, planReminders, messageLang, checkAddress } from '../../../src/core/reminders';
import { bkk } from '../fixtures/model';
import { model } from '../fixtures/reminders';

const briefDue = bkk('2026-12-05 15:30');
const brief = (m = model(), lo = 'LO3') =>
  planReminders(m, briefDue, { phonePageUrl: 'https://script.google.com/macros/s/abc/exec?page=mobile' }).due.find((p) => p.key === `arrival_brief:G012:TG641:2026-12-06:lo:${lo}`)!;

describe('message content', () => {
  test('an HTML fragment in a name is escaped in html and kept plain in text', () => {
    const m = model();
    m.guests[0].given_name = '<img src=x onerror=alert(1)>Alice';
    m.guests[0].family_name = 'Smith\r\nBcc: evil@example.com';
    const p = brief(m);
    expect(p.message.html).toContain('&lt;img src=x onerror=alert(1)&gt;Alice');
    expect(p.message.html).not.toContain('<img');
    expect(p.message.text).toContain('<img src=x onerror=alert(1)>Alice');
    expect(p.message.subject).not.toMatch(/[\r\n]/);
    expect(p.message.subject).toContain('Smith Bcc: evil@example.com');
  });

  test('tel: links, the phone page link, times with their zone', () => {
    const p = brief();
    expect(p.message.html).toContain('<a href="tel:+66815550101">+66 81 555 0101</a>');
    expect(p.message.html).toContain('href="https://script.google.com/macros/s/abc/exec?page=mobile"');
    expect(p.message.text).toContain('Open your LO page: https://script.google.com/macros/s/abc/exec?page=mobile');
    expect(p.message.text).toContain('Lands: Sun 6 Dec 2026 15:30 (Bangkok, UTC+7)');
    expect(p.message.text).toContain('Room: 1201');
    expect(p.message.text).toContain('Address the guest as: Dr Smith');
  });

  test('a phone page URL that is not http(s) is left out', () => {
    const m = model();
    const p = planReminders(m, briefDue, { phonePageUrl: 'javascript:alert(1)' }).due[0];
    expect(p.message.html).not.toContain('javascript:');
  });

  test('Thai for a Thai-speaking LO, with Buddhist-era years', () => {
    const p = brief(model(), 'LO4');
    expect(p.lang).toBe('th');
    // What and when first, for a phone's narrow list; the event's name is left to the footer.
    expect(p.message.subject).toBe('มาถึง อา. 6 ธ.ค. 2569 15:30 น. · Dr Smith · TG 641');
    expect(p.message.text).toContain('การประชุม ATF 2569');
    expect(p.message.text).toContain('อา. 6 ธ.ค. 2569 15:30 น. (กรุงเทพฯ, UTC+7)');
    expect(buildMessage(p, model(), 'en').text).toContain('Sun 6 Dec 2026 15:30');
  });

  test('language rule', () => {
    expect(messageLang(['th', 'en'], 'th')).toBe('th');
    expect(messageLang(['English'], 'th')).toBe('en');
    expect(messageLang([], 'th')).toBe('th');
    expect(messageLang(['fr'], 'en')).toBe('en');
    expect(messageLang(['ไทย'], 'en')).toBe('th');
    expect(messageLang(['th', 'en'], 'en')).toBe('en');
  });

  test('medical and dietary data go only to the guest\'s LOs and organisers', () => {
    const p = brief();
    expect(p.message.text).toContain('Penicillin allergy');
    expect(p.message.text).toContain('halal');
    const m = model();
    for (const stranger of ['driver@example.org', 'lo5@example.org' /* another guest's LO */]) {
      const other = buildMessage({ ...p, recipient: stranger }, m);
      expect(other.text).not.toMatch(/Penicillin|halal|no alcohol|wheelchair/);
      expect(other.html).not.toMatch(/Penicillin|halal|no alcohol|wheelchair/);
      expect(other.text).toContain('Room: 1201'); // the rest is still there
    }
    expect(buildMessage({ ...p, recipient: 'ORG@example.org' }, m).text).toContain('Penicillin allergy');
  });

  test('daily confirmation: tomorrow\'s items with times, venues, dress codes and pickups', () => {
    const p = planReminders(model(), bkk('2026-12-06 18:00')).due.find((x) => x.key === 'daily_confirm:2026-12-07:lo:LO3')!;
    expect(p.message.text).toContain('Opening session: Mon 7 Dec 2026 09:00 (Bangkok, UTC+7) – 12:00');
    expect(p.message.text).toContain('Venue: QSNCC Hall A');
    expect(p.message.text).toContain('Dress code: Lounge suit');
    expect(p.message.text).toContain('Pickup: Mon 7 Dec 2026 08:15 (Bangkok, UTC+7)');
    expect(p.message.text).toContain('Riverside Grand → QSNCC');
    expect(p.message.text).not.toContain('UK delegation dinner'); // that is on the 8th
    const th = planReminders(model(), bkk('2026-12-06 18:00')).due.find((x) => x.key === 'daily_confirm:2026-12-07:lo:LO4')!;
    expect(th.message.text).toContain('พิธีเปิด: จ. 7 ธ.ค. 2569 09:00 น. (กรุงเทพฯ, UTC+7) – 12:00 น.');
  });

  test('no message reports health data to a guest\'s LO about another guest', () => {
    const p = planReminders(model(), bkk('2026-12-06 00:30')).due.find((x) => x.key.startsWith('arrival_brief:G020'))!;
    expect(p.message.text).toContain('Diabetic');
    expect(p.message.text).not.toContain('Penicillin');
  });

  test('address check: exactly one address per recipient', () => {
    expect(checkAddress(' lo3@example.org ')).toEqual({ address: 'lo3@example.org' });
    expect(checkAddress('')).toEqual({ reason: 'lo_without_email' });
    expect(checkAddress('a@example.org, b@example.org')).toMatchObject({ reason: 'invalid_address' });
    expect(checkAddress('a@example.org\nBcc: x@example.org')).toMatchObject({ reason: 'invalid_address' });
    expect(checkAddress('Ann <a@example.org>')).toMatchObject({ reason: 'invalid_address' });
    expect(checkAddress('not-an-address')).toMatchObject({ reason: 'invalid_address' });
  });
});
