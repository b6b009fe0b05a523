import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingTh = {
  'addressBookSharing.heading': 'กลุ่มสมุดที่อยู่',
  'addressBookSharing.loading': 'กำลังโหลดกลุ่มสมุดที่อยู่…',
  'addressBookSharing.empty': 'ลูกค้ารายนี้ยังไม่มีกลุ่มสมุดที่อยู่',
  'addressBookSharing.readOnly': 'คุณดูการแชร์เหล่านี้ได้ แต่เปลี่ยนแปลงไม่ได้',
  'addressBookSharing.column.select': 'เลือก',
  'addressBookSharing.column.group': 'กลุ่ม',
  'addressBookSharing.column.contacts': 'รายชื่อติดต่อ',
  'addressBookSharing.column.access': ({ name }) => `สิทธิ์เข้าถึงของ ${name}`,
  'addressBookSharing.column.sharedWith': 'แชร์กับ',
  'addressBookSharing.selectAll': 'เลือกทุกกลุ่ม',
  'addressBookSharing.selectGroup': ({ group }) => `เลือก ${group}`,
  'addressBookSharing.permission.read': 'อ่าน',
  'addressBookSharing.permission.write': 'อ่านและเขียน',
  'addressBookSharing.notShared': 'ไม่ได้แชร์',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { other: 'ผู้ใช้ # คน' }),
  'addressBookSharing.recipients': 'แชร์กับ',
  'addressBookSharing.noRecipients': 'ยังไม่มีใคร โปรดเพิ่มอย่างน้อยหนึ่งคน',
  'addressBookSharing.removeRecipient': ({ name }) => `นำ ${name} ออก`,
  'addressBookSharing.picker.label': 'เพิ่มบุคคล',
  'addressBookSharing.picker.hint': 'พิมพ์ชื่อ อีเมล หรือชื่อเข้าสู่ระบบ แล้วเลือกด้วยปุ่มลูกศรและ Enter',
  'addressBookSharing.picker.results': 'ผู้ใช้ที่ตรงกัน',
  'addressBookSharing.picker.searching': 'กำลังค้นหา…',
  'addressBookSharing.picker.none': 'ไม่มีผู้ใช้ที่ตรงกัน',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { other: 'แสดงผู้ใช้ # คน' })} จาก ${t.number(total)} คน พิมพ์เพิ่มเพื่อจำกัดรายการให้แคบลง`
      : t.plural(count, { other: 'พบผู้ใช้ # คน' }),
  'addressBookSharing.picker.failed': 'การค้นหาล้มเหลว พิมพ์อีกครั้งเพื่อลองใหม่',
  'addressBookSharing.permission': 'สิทธิ์',
  'addressBookSharing.share': 'แชร์',
  'addressBookSharing.unshare': 'เลิกแชร์',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { other: '# กลุ่ม' })} × ${t.plural(users, { other: '# คน' })}`,
  'addressBookSharing.needSelection': 'โปรดเลือกอย่างน้อยหนึ่งกลุ่มและหนึ่งคน',
  'addressBookSharing.progress.share': 'กำลังแชร์',
  'addressBookSharing.progress.unshare': 'กำลังเลิกแชร์',
  'addressBookSharing.progress.count': ({ done, total }, t) => `เสร็จแล้ว ${t.number(done)} จาก ${t.number(total)}`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { other: 'เสร็จสิ้น: บันทึกการเปลี่ยนแปลง # รายการแล้ว' })
      : `${t.plural(succeeded, { other: 'บันทึกการเปลี่ยนแปลง # รายการ' })} ${t.plural(failed, { other: 'ล้มเหลว # รายการ' })}`,
  'addressBookSharing.failures': 'การเปลี่ยนแปลงที่ล้มเหลว',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'ลองรายการที่ล้มเหลวอีกครั้ง',
  'addressBookSharing.error.unknownUser': 'ไม่มีผู้ใช้นี้ หรือผู้ใช้นี้อยู่นอกขอบเขตของคุณ',
  'addressBookSharing.error.contact': 'ผู้ติดต่อไม่สามารถรับกลุ่มที่แชร์ได้',
  'addressBookSharing.error.groupGone': 'กลุ่มนี้ไม่มีอยู่แล้ว',
  'addressBookSharing.error.forbidden': 'คุณไม่มีสิทธิ์เปลี่ยนการแชร์นี้',
  'addressBookSharing.error.item': 'เซิร์ฟเวอร์ปฏิเสธการเปลี่ยนแปลงนี้',
  'addressBookSharing.error.load': 'โหลดกลุ่มสมุดที่อยู่ไม่ได้',
  'addressBookSharing.error.notFound': 'ผู้ใช้นี้ไม่มีอยู่แล้ว หรืออยู่นอกขอบเขตของคุณ',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
