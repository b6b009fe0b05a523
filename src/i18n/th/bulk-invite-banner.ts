import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerTh = {
  'bulkInvite.title': 'เชิญผู้ใช้ที่เลือก',
  'bulkInvite.dismiss': 'ปิดแบนเนอร์คำเชิญ',
  'bulkInvite.loading': 'กำลังนับคำเชิญ…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { other: 'จะส่งคำเชิญ # รายการ' })} ${t.plural(withoutEmail, {
      other: 'ผู้ใช้ # คนไม่มีอีเมลจึงเชิญไม่ได้',
    })}`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      other: 'ผู้ใช้ # คนใช้งานอยู่แล้ว ถูกแบน หรือปิดบัญชีแล้ว และจะถูกข้าม',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `ที่นั่งใน ${pool} ไม่พอ: ต้องการ ${t.number(needed)} เหลือ ${t.number(remaining)} ผู้ใช้ที่เกินที่นั่งสุดท้ายจะไม่ได้รับคำเชิญ`,
  'bulkInvite.noEmail.title': 'ผู้ใช้ที่ไม่มีอีเมล',
  'bulkInvite.noEmail.hint': 'ใส่อีเมลให้แต่ละคนเพื่อรวมไว้ในคำเชิญ',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `แสดง ${t.number(shown)} คนแรกจาก ${t.number(total)} คน`,
  'bulkInvite.noEmail.label': ({ name }) => `อีเมลของ ${name}`,
  'bulkInvite.noEmail.save': 'บันทึก',
  'bulkInvite.noEmail.saveFor': ({ name }) => `บันทึกอีเมลของ ${name}`,
  'bulkInvite.noEmail.saving': 'กำลังบันทึก…',
  'bulkInvite.noEmail.saved': ({ name }) => `บันทึกอีเมลของ ${name} แล้ว กำลังนับคำเชิญใหม่`,
  'bulkInvite.error.emailRequired': 'โปรดพิมพ์อีเมล',
  'bulkInvite.error.emailInvalid': 'โปรดพิมพ์อีเมลที่ถูกต้อง เช่น name@company.com',
  'bulkInvite.error.emailTaken': 'ผู้ใช้อื่นของลูกค้ารายนี้ใช้อีเมลนี้อยู่แล้ว',
  'bulkInvite.error.saveEmail': 'บันทึกอีเมลไม่ได้',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { other: 'ส่งคำเชิญ # รายการ' }),
  'bulkInvite.nothingToSend': 'ไม่มีคำเชิญที่ต้องส่ง',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { other: 'กำลังส่งคำเชิญ # รายการ…' }),
  'bulkInvite.progress': 'กำลังส่งคำเชิญ',
  'bulkInvite.retry': 'ลองอีกครั้ง',
  'bulkInvite.retryFailed': ({ count }, t) => t.plural(count, { other: 'ส่งคำเชิญที่ล้มเหลว # รายการอีกครั้ง' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `เสร็จสิ้น: ${t.plural(sent, { other: 'ส่งแล้ว #' })} ${t.plural(skipped, { other: 'ข้าม #' })} ${t.plural(failed, { other: 'ล้มเหลว #' })}`,
  'bulkInvite.results.caption': 'ผลลัพธ์ของผู้ใช้แต่ละคน',
  'bulkInvite.results.user': 'ผู้ใช้',
  'bulkInvite.results.outcome': 'ผลลัพธ์',
  'bulkInvite.results.reason': 'เหตุผล',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { other: 'แสดงเพิ่มอีก #' }),
  'bulkInvite.outcome.sent': 'ส่งแล้ว',
  'bulkInvite.outcome.skipped': 'ข้าม',
  'bulkInvite.outcome.failed': 'ล้มเหลว',
  'bulkInvite.reason.no_email': 'ไม่มีอีเมล',
  'bulkInvite.reason.seat_limit': 'ไม่มีที่นั่งเหลือในพูลไลเซนส์',
  'bulkInvite.reason.already_active': 'ใช้งานอยู่แล้ว',
  'bulkInvite.reason.invalid_status': 'ปิดใช้งาน ถูกแบน หรือปิดบัญชีแล้ว',
  'bulkInvite.reason.not_found': 'ไม่พบแล้ว',
  'bulkInvite.reason.rate_limited': 'ส่งอีเมลไปยังที่อยู่นี้มากเกินไปในช่วงนี้',
  'bulkInvite.error.unknownOutcome':
    'เซิร์ฟเวอร์ไม่ได้ยืนยันคำเชิญ โปรดลองอีกครั้ง ระบบจะส่งคำขอเดิมซ้ำ จะไม่มีการส่งอีเมลฉบับที่สอง',
  'bulkInvite.error.send': 'ส่งคำเชิญไม่ได้',
  'bulkInvite.error.forbidden': 'คุณไม่มีสิทธิ์ส่งคำเชิญเหล่านี้',
  'bulkInvite.error.preview': 'นับคำเชิญไม่ได้',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
