import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesTh = {
  'teamCapabilities.heading': 'ความสามารถของทีม',
  'teamCapabilities.loading': 'กำลังโหลดความสามารถของทีม…',
  'teamCapabilities.on': 'เปิด',
  'teamCapabilities.off': 'ปิด',
  'teamCapabilities.remoteManagement': 'การจัดการระยะไกล',
  'teamCapabilities.remoteManagement.description': 'จัดการอุปกรณ์ของทีมจากระยะไกลได้',
  'teamCapabilities.supportManagement': 'การจัดการฝ่ายสนับสนุน',
  'teamCapabilities.supportManagement.description':
    'ทำให้ผู้ใช้เป็นโอเปอเรเตอร์ที่รับคำขอการสนับสนุน จำนวนโอเปอเรเตอร์ถูกจำกัดด้วยพูลโอเปอเรเตอร์',
  'teamCapabilities.counter.label': 'ทีม',
  'teamCapabilities.counter.users': 'ผู้ใช้',
  'teamCapabilities.counter.operators': 'โอเปอเรเตอร์',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} จาก ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'ไม่จำกัด (ไม่มีพูลโอเปอเรเตอร์)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `เปิดการสนับสนุนไม่ได้ พูลโอเปอเรเตอร์ “${pool}” เต็มแล้ว (ใช้ ${t.number(used)} จาก ${t.number(total)} ที่นั่ง) โปรดคืนที่นั่งโอเปอเรเตอร์หรือซื้อไลเซนส์เพิ่มก่อน`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `เปิดการสนับสนุนไม่ได้ พูลโอเปอเรเตอร์ “${pool}” เกินขีดจำกัด ${t.number(count)} ที่นั่ง โปรดคืนที่นั่งโอเปอเรเตอร์หรือซื้อไลเซนส์เพิ่มก่อน`,
  'teamCapabilities.readOnly': 'คุณดูความสามารถเหล่านี้ได้ แต่เปลี่ยนแปลงไม่ได้',
  'teamCapabilities.saving': 'กำลังบันทึก…',
  'teamCapabilities.turnedOn': ({ capability }) => `เปิด${capability}แล้ว`,
  'teamCapabilities.turnedOff': ({ capability }) => `ปิด${capability}แล้ว`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `ไม่ได้เปิดการสนับสนุน พูลโอเปอเรเตอร์ “${pool}” ไม่มีที่นั่งเหลือ โปรดคืนที่นั่งโอเปอเรเตอร์หรือซื้อไลเซนส์เพิ่ม`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'ไม่ได้เปิดการสนับสนุน พูลโอเปอเรเตอร์ไม่มีที่นั่งเหลือ โปรดคืนที่นั่งโอเปอเรเตอร์หรือซื้อไลเซนส์เพิ่ม',
  'teamCapabilities.error.forbidden': 'คุณไม่มีสิทธิ์เปลี่ยนความสามารถของผู้ใช้นี้ (ผู้ใช้อาจได้รับการป้องกันการเปลี่ยนแปลง)',
  'teamCapabilities.error.save': 'บันทึกการเปลี่ยนแปลงไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยน',
  'teamCapabilities.error.load': 'โหลดความสามารถของทีมไม่ได้',
  'teamCapabilities.error.notFound': 'ผู้ใช้นี้ไม่มีอยู่แล้ว หรืออยู่นอกขอบเขตของคุณ',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
