import type { addon as En } from '../en/addon';
import type { Translation } from '../types';

/** ข้อความของเมนูใน Sheets (แจ้งเตือนสั้น กล่องข้อความ) ภาษาไทย */
export const addon: Translation<typeof En> = {
  'validation.toast': 'ตรวจแล้ว: ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ หมายเหตุ {infos} รายการ ดูรายละเอียดที่แท็บ Findings',
  'setup.toast': 'ตั้งค่าสมุดงานแล้ว: สร้างแท็บใหม่ {tabs} แท็บ เพิ่มคอลัมน์ {columns} คอลัมน์',
  'setup.nothing': 'สมุดงานมีทุกแท็บและทุกคอลัมน์ที่ LO Desk ต้องใช้แล้ว',
  'access.organisers_only': '{action} ใช้ได้เฉพาะผู้จัดงาน และอีเมลของคุณ ({email}) ไม่อยู่ใน organiser_emails ในแท็บ Event จึงไม่มีการเปลี่ยนแปลงใด ๆ โปรดขอให้ผู้จัดงานเพิ่มอีเมลของคุณ',
  'access.no_identity': 'LO Desk ไม่ทราบว่าคุณคือใคร {action} จึงไม่ได้ทำอะไร โปรดเปิดสเปรดชีตโดยลงชื่อเข้าใช้บัญชี Google แล้วลองอีกครั้ง',
  'action.setUpWorkbook': 'การตั้งค่าสมุดงาน',
  'action.validateWorkbook': 'การตรวจข้อมูล',
  'action.generateAllDocuments': 'การสร้างเอกสาร',
  'action.generateDocuments': 'การสร้างเอกสาร',
  'action.turnRemindersOn': 'การเปิดการแจ้งเตือน',
  'action.turnRemindersOff': 'การปิดการแจ้งเตือน',
  'action.sendDueRemindersNow': 'การส่งการแจ้งเตือนที่ถึงกำหนด',
};
