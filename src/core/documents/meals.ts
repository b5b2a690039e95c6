/**
 * Which programme items serve food, for the dietary list. A programme row has no
 * "meal" column, so the title decides: an item is meal-bearing when its English or
 * Thai title contains one of the words below (whole words in English, anywhere in
 * Thai, which has no spaces between words). Organisers can override either way by
 * writing [meal] or [no meal] in the item's notes.
 */
import type { ProgrammeItem } from '../model';

const MEAL_WORDS_EN = [
  'breakfast', 'brunch', 'lunch', 'luncheon', 'dinner', 'supper', 'banquet', 'reception',
  'gala', 'buffet', 'meal', 'cocktail', 'cocktails', 'coffee break', 'tea break', 'refreshments',
] as const;

/** อาหาร (food, meal; also อาหารว่าง, snacks), เลี้ยง (to host a meal: งานเลี้ยง, เลี้ยงรับรอง), รับประทาน (to eat), ค็อกเทล. */
const MEAL_WORDS_TH = ['อาหาร', 'เลี้ยง', 'รับประทาน', 'ค็อกเทล'] as const;

const EN_PATTERN = new RegExp(`\\b(${MEAL_WORDS_EN.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const FORCE_MEAL = /\[\s*meal\s*\]/i;
const FORCE_NO_MEAL = /\[\s*no[\s_-]*meal\s*\]/i;

export function isMealItem(item: Pick<ProgrammeItem, 'title' | 'title_th' | 'notes'>): boolean {
  const notes = item.notes ?? '';
  if (FORCE_NO_MEAL.test(notes)) return false;
  if (FORCE_MEAL.test(notes)) return true;
  const titles = [item.title ?? '', item.title_th ?? ''];
  return titles.some((s) => EN_PATTERN.test(s) || MEAL_WORDS_TH.some((w) => s.includes(w)));
}
