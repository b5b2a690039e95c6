/** คำที่ใช้ร่วมกันทุกหน้าจอและข้อความ (ภาษาไทย) */
import type { common as En } from '../en/common';
import type { Translation } from '../types';

export const common: Translation<typeof En> = {
  'weekday.0': 'อา.',
  'weekday.1': 'จ.',
  'weekday.2': 'อ.',
  'weekday.3': 'พ.',
  'weekday.4': 'พฤ.',
  'weekday.5': 'ศ.',
  'weekday.6': 'ส.',
  'month.1': 'ม.ค.',
  'month.2': 'ก.พ.',
  'month.3': 'มี.ค.',
  'month.4': 'เม.ย.',
  'month.5': 'พ.ค.',
  'month.6': 'มิ.ย.',
  'month.7': 'ก.ค.',
  'month.8': 'ส.ค.',
  'month.9': 'ก.ย.',
  'month.10': 'ต.ค.',
  'month.11': 'พ.ย.',
  'month.12': 'ธ.ค.',
  'format.datetime': '{weekday} {day} {month} {year} {time} น.',
  'format.date': '{weekday} {day} {month} {year}',
  'format.time': '{time} น.',
  'format.zone': '({city}, {offset})',
  'list.separator': ', ',
  'yes': 'ใช่',
  'no': 'ไม่ใช่',
  'none': 'ไม่มี',
};
