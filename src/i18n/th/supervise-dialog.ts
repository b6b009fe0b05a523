import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogTh = {
  'superviseDialog.title': ({ name }) => `เข้าใช้งานเซลฟ์แคร์แทน ${name}`,
  'superviseDialog.intro': ({ name }) => `คุณจะเห็นเซลฟ์แคร์ของ ${name} แบบเดียวกับที่เขาเห็น เพื่อแสดงวิธีทำสิ่งต่าง ๆ ให้เขาดู`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `เซสชันมีเวลาไม่เกิน ${t.number(minutes)} นาที และจะถูกบันทึกในบันทึกการตรวจสอบพร้อมเหตุผลของคุณ ` +
    'ระหว่างเข้าใช้งานแทน จะเปลี่ยนรหัสผ่าน อีเมล หรือการยืนยันตัวตนสองขั้นตอน และลบบัญชีไม่ได้',
  'superviseDialog.reason': 'เหตุผล',
  'superviseDialog.reasonHint': 'จำเป็น บันทึกไว้กับเซสชันสำหรับผู้ใช้และการตรวจสอบ',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'โปรดระบุเหตุผล เหตุผลจะถูกบันทึกไว้กับเซสชัน',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `เหตุผลยาวเกินไป ต้องไม่เกิน ${t.number(max)} ตัวอักษร`,
  'superviseDialog.start': 'เริ่มเข้าใช้งานแทน',
  'superviseDialog.starting': 'กำลังเริ่ม…',
  'superviseDialog.cancel': 'ยกเลิก',
  'superviseDialog.close': 'ปิด',
  'superviseDialog.refusal.self': 'คุณเข้าใช้งานแทนบัญชีของตัวเองไม่ได้',
  'superviseDialog.refusal.admin': 'เข้าใช้งานแทนผู้ดูแลระบบไม่ได้',
  'superviseDialog.refusal.banned': 'ผู้ใช้นี้ถูกแบน เข้าใช้งานแทนบัญชีที่ถูกแบนไม่ได้',
  'superviseDialog.refusal.closed': 'บัญชีนี้ถูกปิดแล้ว เข้าใช้งานแทนบัญชีที่ปิดแล้วไม่ได้',
  'superviseDialog.refusal.not_activated': 'ผู้ใช้นี้ยังไม่ได้เปิดใช้งานบัญชี เข้าใช้งานแทนได้เฉพาะบัญชีที่ใช้งานอยู่เท่านั้น',
  'superviseDialog.refusal.inactive': 'บัญชีนี้ถูกปิดใช้งาน เข้าใช้งานแทนได้เฉพาะบัญชีที่ใช้งานอยู่เท่านั้น',
  'superviseDialog.refusal.already_supervising':
    'คุณกำลังเข้าใช้งานแทนผู้ใช้อื่นอยู่ (อาจอยู่ในแท็บอื่น) โปรดสิ้นสุดเซสชันนั้นก่อน เซสชันจะสิ้นสุดเองภายใน 30 นาทีเป็นอย่างช้า',
  'superviseDialog.endOpenSession': 'สิ้นสุดเซสชันนั้นแล้วเริ่มเซสชันนี้',
  'superviseDialog.refusal.nested': 'คุณกำลังเข้าใช้งานแทนอยู่ เริ่มการเข้าใช้งานแทนซ้อนจากภายในอีกเซสชันไม่ได้',
  'superviseDialog.error.forbidden': 'บทบาทของคุณไม่อนุญาตให้เข้าใช้งานแทนผู้ใช้',
  'superviseDialog.error.notFound': 'ผู้ใช้นี้ไม่อยู่ในขอบเขตของคุณแล้ว (ถูกลบ หรือถูกย้ายออกจากขอบเขตของคุณ)',
  'superviseDialog.error.failed': 'เริ่มการเข้าใช้งานแทนไม่ได้',
  'superviseDialog.error.unknownOutcome':
    'เซิร์ฟเวอร์ไม่ตอบกลับภายในเวลาที่กำหนด เซสชันอาจเริ่มไปแล้ว หากมีข้อความ “กำลังเข้าใช้งานแทนอยู่” เซสชันจะสิ้นสุดเองภายใน 30 นาที',
} satisfies CatalogueOf<typeof superviseDialogEn>;
