/**
 * Comparing the languages of guests and LOs written freely ("English", "en",
 * "อังกฤษ"): each is folded to one canonical name when known.
 */
import { headerKey } from '../text';

const GROUPS: readonly string[][] = [
  ['en', 'eng', 'english', 'อังกฤษ', 'ภาษาอังกฤษ'],
  ['th', 'tha', 'thai', 'ไทย', 'ภาษาไทย'],
  ['zh', 'zho', 'chi', 'chinese', 'mandarin', 'putonghua', 'จีน', 'ภาษาจีน', 'จีนกลาง'],
  ['yue', 'cantonese', 'กวางตุ้ง'],
  ['ja', 'jpn', 'japanese', 'ญี่ปุ่น', 'ภาษาญี่ปุ่น'],
  ['ko', 'kor', 'korean', 'เกาหลี', 'ภาษาเกาหลี'],
  ['fr', 'fra', 'fre', 'french', 'français', 'francais', 'ฝรั่งเศส', 'ภาษาฝรั่งเศส'],
  ['de', 'deu', 'ger', 'german', 'deutsch', 'เยอรมัน', 'ภาษาเยอรมัน'],
  ['es', 'spa', 'spanish', 'español', 'espanol', 'สเปน', 'ภาษาสเปน'],
  ['pt', 'por', 'portuguese', 'português', 'โปรตุเกส', 'ภาษาโปรตุเกส'],
  ['it', 'ita', 'italian', 'italiano', 'อิตาลี', 'ภาษาอิตาลี'],
  ['ru', 'rus', 'russian', 'รัสเซีย', 'ภาษารัสเซีย'],
  ['ar', 'ara', 'arabic', 'อาหรับ', 'ภาษาอาหรับ'],
  ['hi', 'hin', 'hindi', 'ฮินดี', 'ภาษาฮินดี'],
  ['vi', 'vie', 'vietnamese', 'เวียดนาม', 'ภาษาเวียดนาม'],
  ['ms', 'msa', 'may', 'malay', 'bahasa melayu', 'มลายู', 'มาเลย์', 'ภาษามลายู'],
  ['id', 'ind', 'indonesian', 'bahasa indonesia', 'อินโดนีเซีย', 'ภาษาอินโดนีเซีย'],
  ['lo', 'lao', 'laotian', 'ลาว', 'ภาษาลาว'],
  ['km', 'khm', 'khmer', 'cambodian', 'เขมร', 'กัมพูชา', 'ภาษาเขมร'],
  ['my', 'mya', 'bur', 'burmese', 'myanmar', 'พม่า', 'เมียนมา', 'ภาษาพม่า'],
  ['tl', 'fil', 'filipino', 'tagalog', 'ฟิลิปปินส์', 'ตากาล็อก'],
  ['nl', 'nld', 'dut', 'dutch', 'ดัตช์', 'ภาษาดัตช์'],
  ['tr', 'tur', 'turkish', 'ตุรกี', 'ภาษาตุรกี'],
  ['fa', 'fas', 'per', 'persian', 'farsi', 'เปอร์เซีย'],
  ['ur', 'urd', 'urdu', 'อูรดู'],
  ['bn', 'ben', 'bengali', 'bangla', 'เบงกาลี'],
];

const CANON = new Map<string, string>();
for (const g of GROUPS) for (const name of g) CANON.set(headerKey(name), g[0]);

/** "English" → "en"; an unknown language is kept, folded like a header. */
function canonicalLanguage(s: string): string {
  const k = headerKey(s);
  return CANON.get(k) ?? k;
}

/** True when the two lists share a language (false when either is empty). */
export function shareLanguage(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const set = new Set(a.map(canonicalLanguage));
  for (const x of b) if (set.has(canonicalLanguage(x))) return true;
  return false;
}
