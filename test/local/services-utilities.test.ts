import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { costOf } from '../../src/local/emulator/costs';
import { createLogger, createUtilities, formatDate } from '../../src/local/emulator/utilities';
import { createSession } from '../../src/local/emulator/session';
import { sandbox, type Sandbox } from './services-helpers';

const utils = createUtilities();
const winter = new Date('2026-03-05T01:02:03.004Z');
const summer = new Date('2026-07-01T12:00:00Z');

describe('Utilities.formatDate (SimpleDateFormat patterns)', () => {
  test.each([
    ['yyyy-MM-dd HH:mm:ss', '2026-03-05 08:02:03'],
    ['yy M d H', '26 3 5 8'],
    ['MMM dd, yyyy', 'Mar 05, 2026'],
    ['MMMM', 'March'],
    ['EEE EEEE', 'Thu Thursday'],
    ['hh:mm a', '08:02 AM'],
    ['h a', '8 AM'],
    ['SSS', '004'],
    ['Z', '+0700'],
    ['XXX', '+07:00'],
    ['X', '+07'],
    ['z', 'ICT'],
    ["'at' HH'h' '''ok'''", "at 08h 'ok'"],
    ["HH''mm", "08'02"],
    ["EEE', 'd MMM yyyy HH:mm:ss Z", 'Thu, 5 Mar 2026 08:02:03 +0700'],
  ])('Asia/Bangkok %s', (pattern, expected) => {
    expect(utils.formatDate(winter, 'Asia/Bangkok', pattern)).toBe(expected);
  });

  test.each([
    [winter, 'yyyy-MM-dd HH:mm EEE', '2026-03-04 17:02 Wed'],
    [winter, 'hh a Z XXX z', '05 PM -0800 -08:00 PST'],
    [summer, 'HH:mm Z XXX z', '05:00 -0700 -07:00 PDT'],
  ])('America/Los_Angeles %#', (date, pattern, expected) => {
    expect(utils.formatDate(date, 'America/Los_Angeles', pattern)).toBe(expected);
  });

  test('UTC offset is Z with X patterns; an unknown zone falls back to GMT as Java does', () => {
    expect(formatDate(winter, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-03-05T01:02:03Z');
    expect(formatDate(winter, 'Not/AZone', 'HH:mm z')).toBe('01:02 GMT');
  });

  test('a non-Date or an illegal pattern letter throws', () => {
    expect(() => utils.formatDate('2026-03-05' as unknown as Date, 'UTC', 'yyyy')).toThrow(/don't match the method signature for Utilities.formatDate/);
    expect(() => utils.formatDate(winter, 'UTC', 'yyyy q')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities', () => {
  test('computeDigest returns signed bytes like Java', () => {
    const bytes = utils.computeDigest(utils.DigestAlgorithm.MD5, 'abc');
    expect(bytes).toHaveLength(16);
    expect(bytes[0]).toBe(-112); // 0x90
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString('hex')).toBe(createHash('md5').update('abc').digest('hex'));
    const utf8 = utils.computeDigest(utils.DigestAlgorithm.SHA_256, 'สวัสดี', utils.Charset.UTF_8);
    expect(Buffer.from(utf8.map((b) => b & 0xff)).toString('hex')).toBe(createHash('sha256').update('สวัสดี', 'utf8').digest('hex'));
    expect(utils.computeDigest(utils.DigestAlgorithm.SHA_256, 'สวัสดี', utils.Charset.US_ASCII)).not.toEqual(utf8);
    expect(utils.computeDigest(utils.DigestAlgorithm.SHA_1, 'x')).toHaveLength(20);
  });

  test('base64 encode and decode round-trip Thai text through signed bytes', () => {
    const encoded = utils.base64Encode('ไทย');
    expect(encoded).toBe(Buffer.from('ไทย').toString('base64'));
    const decoded = utils.base64Decode(encoded);
    expect(utils.newBlob(decoded).getDataAsString()).toBe('ไทย');
    expect(utils.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
    expect(() => utils.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  test('newBlob, getUuid and a synchronous sleep', () => {
    const blob = utils.newBlob('hello', 'text/plain', 'a.txt');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual(['a.txt', 'text/plain', 'hello']);
    expect(utils.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const t = Date.now();
    utils.sleep(120);
    expect(Date.now() - t).toBeGreaterThanOrEqual(115);
  });
});

describe('Logger and Session', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox({ locale: 'th' });
  });
  afterEach(() => box.cleanup());

  test('Logger keeps lines with %s formatting and writes to stderr only when verbose', () => {
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const quiet = createLogger(box.ctx());
      quiet.log('sent %s of %s', 3, 5).log({ a: 1 });
      expect(quiet.getLog()).toBe('sent 3 of 5\n{"a":1}\n');
      expect(spy).not.toHaveBeenCalled();
      createLogger(box.ctx({ verbose: true })).log('hello');
      expect(spy).toHaveBeenCalledWith(expect.stringContaining('hello'));
    } finally {
      spy.mockRestore();
    }
  });

  test('Session reports the user, the manifest time zone and the locale', () => {
    const session = createSession(box.ctx());
    expect(session.getActiveUser().getEmail()).toBe('organiser@example.org');
    expect(session.getEffectiveUser().getEmail()).toBe('organiser@example.org');
    expect(session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(session.getActiveUserLocale()).toBe('th');
    expect(session.getTemporaryActiveUserKey()).toBe(createSession(box.ctx()).getTemporaryActiveUserKey());
    expect(session.getTemporaryActiveUserKey()).not.toBe(createSession(box.ctx({ user: 'x@example.org' })).getTemporaryActiveUserKey());
    const anonymous = createSession(box.ctx({ user: '' }));
    expect(anonymous.getActiveUser().getEmail()).toBe('');
    expect(anonymous.getEffectiveUser().getEmail()).not.toBe('');
  });

  test('zip: one entry a blob, named by it (a "/" makes a folder), as a zip blob that unzips to the same bytes; no name or one name twice is refused', async () => {
    const zip = utils.zip([utils.newBlob('<a>ไทย</a>', 'application/xml', 'word/document.xml'), utils.newBlob([1, -1], 'application/octet-stream', 'b.bin')], 'x.docx');
    expect([zip.getName(), zip.getContentType()]).toEqual(['x.docx', 'application/zip']);
    const read = await JSZip.loadAsync(Buffer.from(zip.getBytes().map((b) => b & 0xff)));
    expect(Object.keys(read.files).filter((n) => !n.endsWith('/'))).toEqual(['word/document.xml', 'b.bin']);
    expect(await read.file('word/document.xml')!.async('string')).toBe('<a>ไทย</a>');
    expect([...(await read.file('b.bin')!.async('uint8array'))]).toEqual([1, 255]);
    expect(() => utils.zip([utils.newBlob('x')])).toThrow(/has no name/);
    expect(() => utils.zip([utils.newBlob('x', 'text/plain', 'a'), utils.newBlob('y', 'text/plain', 'a')])).toThrow(/two blobs are named "a"/);
    expect(costOf('Utilities.zip')).toBeGreaterThan(costOf('Utilities.newBlob'));
  });
});
