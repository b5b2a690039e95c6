import type { addon as En } from '../en/addon';
import type { Translation } from '../types';

/** ข้อความของเมนูใน Sheets (แจ้งเตือนสั้น กล่องข้อความ) ภาษาไทย */
export const addon: Translation<typeof En> = {
  'validation.toast': 'ตรวจแล้ว: ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ หมายเหตุ {infos} รายการ ดูรายละเอียดที่แท็บ Findings',
  'setup.toast': 'ตั้งค่าสมุดงานแล้ว: สร้างแท็บใหม่ {tabs} แท็บ เพิ่มคอลัมน์ {columns} คอลัมน์',
  'setup.nothing': 'สมุดงานมีทุกแท็บและทุกคอลัมน์ที่ LO Desk ต้องใช้แล้ว',
};
