import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportTh = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'นำเข้าผู้ติดต่อ' : 'นำเข้าผู้ใช้'),
  'userImport.noPermission': 'คุณไม่มีสิทธิ์นำเข้าผู้ใช้สำหรับลูกค้ารายนี้',
  'userImport.notConfigured': 'การนำเข้าไม่ได้เชื่อมต่อกับแบ็กเอนด์',

  'userImport.kind.legend': 'ไฟล์มีข้อมูลอะไร',
  'userImport.kind.users': 'ผู้ใช้',
  'userImport.kind.contacts': 'ผู้ติดต่อ',

  'userImport.template.title': 'เริ่มจากแม่แบบ',
  'userImport.template.hint':
    'แถวแรกคือชื่อคอลัมน์ (LASTNAME, FIRSTNAME, EMAIL…) ตามด้วยแถวตัวอย่าง ชีตที่สองของไฟล์ XLSX อธิบายแต่ละคอลัมน์และค่าที่อนุญาต',
  'userImport.template.xlsx': 'ดาวน์โหลดแม่แบบ (XLSX)',
  'userImport.template.csv': 'ดาวน์โหลดแม่แบบ (CSV)',
  'userImport.template.preparing': 'กำลังเตรียมแม่แบบ…',
  'userImport.template.fileName': ({ kind, format }) => `แม่แบบนำเข้า-${kind === 'contacts' ? 'ผู้ติดต่อ' : 'ผู้ใช้'}.${format}`,
  'userImport.template.failed': 'เตรียมแม่แบบไม่ได้ โปรดลองอีกครั้ง',

  'userImport.file.title': 'ไฟล์ของคุณ',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `วางไฟล์ CSV หรือ XLSX ที่นี่ หรือเลือกไฟล์ ขนาดไม่เกิน ${megabytes(maxBytes, t)} และไม่เกิน ${t.number(maxRows)} แถว ไฟล์จะถูกอ่านในเบราว์เซอร์ของคุณ และจะไม่มีการส่งข้อมูลใดจนกว่าคุณจะตรวจสอบกับเซิร์ฟเวอร์`,
  'userImport.file.choose': 'เลือกไฟล์…',
  'userImport.file.chooseAgain': 'แก้ไขไฟล์แล้วเลือกอีกครั้ง…',
  'userImport.file.dragOver': 'วางไฟล์เพื่ออ่าน',
  'userImport.file.picked': ({ name }) => `กำลังอ่าน ${name}`,

  'userImport.refused.title': ({ name }) => `นำเข้า ${name} ไม่ได้`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `ไฟล์มีขนาด ${megabytes(found, t)} เกินขีดจำกัด ${megabytes(max, t)} โปรดแบ่งเป็นไฟล์ที่เล็กลง`
      : `ไฟล์มีขนาดเกินขีดจำกัด ${megabytes(max, t)} โปรดแบ่งเป็นไฟล์ที่เล็กลง`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `ไฟล์มี ${t.number(found)} แถว แต่นำเข้าได้ครั้งละไม่เกิน ${t.number(max)} แถว โปรดแบ่งเป็นไฟล์ที่เล็กลง`
      : `ไฟล์มีมากกว่า ${t.number(max)} แถว ซึ่งเป็นจำนวนสูงสุดที่นำเข้าได้ในครั้งเดียว โปรดแบ่งเป็นไฟล์ที่เล็กลง`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `ไฟล์ XLSX นี้เมื่อแตกออกมีขนาดเกิน ${megabytes(max, t)} จึงถูกปฏิเสธ (อาจเป็น zip bomb) โปรดบันทึกใหม่จากโปรแกรมสเปรดชีต หรือบันทึกเป็น CSV`,
  'userImport.refused.unreadable': 'อ่านไฟล์ไม่ได้ ไฟล์อาจเสียหายหรือมีรหัสผ่านป้องกัน โปรดบันทึกใหม่เป็น XLSX หรือ CSV',
  'userImport.refused.empty': 'ไฟล์ว่างเปล่า',
  'userImport.refused.no_header':
    'ไม่มีแถวหัวตาราง แถวแรกต้องเป็นชื่อคอลัมน์ (LASTNAME, FIRSTNAME, EMAIL…) โปรดเริ่มจากแม่แบบ',
  'userImport.refused.blocked_by_page_policy':
    'นโยบายความปลอดภัยของหน้านี้ไม่อนุญาตให้ตัวอ่านการนำเข้าเริ่มทำงาน จึงอ่านไฟล์ที่นี่ไม่ได้ โปรดแจ้งทีมผู้ดูแลพอร์ทัล คู่มือความปลอดภัยของชุดเครื่องมือระบุสิ่งที่ต้องอนุญาต (นโยบาย Trusted Types suite-kit)',
  'userImport.refused.unsupported_format':
    'นำเข้าได้เฉพาะไฟล์ CSV และ XLSX เท่านั้น โปรดบันทึกไฟล์เป็น XLSX หรือ CSV (ไม่ใช่ XLS, ODS หรือ Numbers)',
  'userImport.refused.context': 'โหลดสาขาและพูลไลเซนส์ที่ใช้ตรวจสอบแถวไม่ได้',

  'userImport.progress.reading': 'กำลังอ่านไฟล์…',
  'userImport.progress.parsing': 'กำลังอ่านแถว…',
  'userImport.progress.validating': 'กำลังตรวจสอบแถว…',
  'userImport.progress.preparing': 'กำลังโหลดสาขาและพูลไลเซนส์…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} จาก ${t.number(total)} แถว`,
  'userImport.progress.cancel': 'ยกเลิก',
  'userImport.progress.cancelled': 'ยกเลิกแล้ว ไฟล์ไม่ได้ถูกอ่าน',
  'userImport.progress.checking': 'กำลังตรวจสอบกับเซิร์ฟเวอร์…',
  'userImport.progress.committing': 'กำลังสร้างผู้ใช้…',

  'userImport.result.title': ({ name }) => `ผลลัพธ์ของ ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { other: 'อ่านแล้ว # แถว' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { other: 'พร้อม # แถว' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { other: 'มีข้อผิดพลาด # แถว' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { other: 'อ่านแล้ว # แถว' })}: พร้อม ${t.number(ok)} แถว ${t.plural(errors, {
      other: 'มีข้อผิดพลาด # แถว',
    })}`,
  'userImport.result.byKind': 'ข้อผิดพลาดตามประเภท',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, คอลัมน์คั่นด้วย${delimiter}` : 'XLSX, ชีตแรก',
  'userImport.result.delimiter.comma': 'จุลภาค',
  'userImport.result.delimiter.semicolon': 'อัฒภาค',
  'userImport.result.delimiter.tab': 'แท็บ',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { other: 'รู้จัก # คอลัมน์' })}${ignored > 0 ? ` ${t.plural(ignored, { other: 'ข้าม # คอลัมน์' })}` : ''}`,
  'userImport.headers.inFile': 'หัวคอลัมน์ในไฟล์',
  'userImport.headers.column': 'นำเข้าเป็น',
  'userImport.headers.ignored': 'ข้าม',
  'userImport.headers.unknown': ({ names }) => `คอลัมน์ที่ไม่รู้จัก ถูกข้าม: ${names}`,
  'userImport.shortfall.title': 'ที่นั่งไม่พอสำหรับทุกคน',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}: ${t.plural(needed, { other: 'ต้องการ # ที่นั่ง' })} เหลือ ${t.number(remaining)}`,
  'userImport.shortfall.hint':
    'ผู้ใช้ที่นำเข้าจะอยู่ในสถานะรอดำเนินการ และจะใช้ที่นั่งเมื่อได้รับเชิญเท่านั้น โปรดคืนที่นั่งหรือซื้อไลเซนส์ก่อนเชิญทุกคน',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { other: 'มี # ปัญหาที่ต้องแก้ไข' }),
  'userImport.detail.filterKind': 'ประเภทปัญหา',
  'userImport.detail.filterColumn': 'คอลัมน์',
  'userImport.detail.allKinds': 'ทุกประเภท',
  'userImport.detail.allColumns': 'ทุกคอลัมน์',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'แถว',
  'userImport.detail.column': 'คอลัมน์',
  'userImport.detail.value': 'ค่า',
  'userImport.detail.problem': 'ปัญหา',
  'userImport.detail.empty': '(ว่าง)',
  'userImport.detail.fromServer': 'พบโดยเซิร์ฟเวอร์',
  'userImport.detail.none': 'ไม่มีปัญหาที่ตรงกับตัวกรองเหล่านี้',
  'userImport.detail.caption': ({ from, to, total }, t) =>
    `ปัญหาที่ ${t.number(from)}–${t.number(to)} จาก ${t.number(total)}`,
  'userImport.detail.pages': 'หน้าของปัญหา',
  'userImport.detail.previous': 'หน้าก่อนหน้า',
  'userImport.detail.next': 'หน้าถัดไป',
  'userImport.detail.download': ({ count }, t) => t.plural(count, { other: 'ดาวน์โหลดปัญหา # รายการนี้ (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-ปัญหา.csv`,
  'userImport.detail.csvRow': 'แถว',
  'userImport.detail.csvColumn': 'คอลัมน์',
  'userImport.detail.csvValue': 'ค่า',
  'userImport.detail.csvProblem': 'ปัญหา',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `เซิร์ฟเวอร์แสดง ${t.number(shown)} ปัญหาแรกจากทั้งหมด ${t.number(total)} ปัญหาที่พบ โปรดแก้ไขรายการเหล่านี้ แล้วตรวจสอบอีกครั้ง`,

  'userImport.kindName.required': 'เซลล์ที่จำเป็นว่างอยู่',
  'userImport.kindName.invalid_email': 'อีเมลไม่ถูกต้อง',
  'userImport.kindName.invalid_enum': 'ค่าที่ไม่อนุญาต',
  'userImport.kindName.invalid_date': 'วันที่ไม่ถูกต้อง',
  'userImport.kindName.invalid_login': 'ชื่อเข้าสู่ระบบไม่ถูกต้อง',
  'userImport.kindName.invalid_phone': 'หมายเลขโทรศัพท์ไม่ถูกต้อง',
  'userImport.kindName.invalid_quota': 'โควตาไม่ถูกต้อง',
  'userImport.kindName.too_long': 'ยาวเกินไป',
  'userImport.kindName.duplicate_in_file': 'ซ้ำในไฟล์',
  'userImport.kindName.duplicate_existing': 'ถูกใช้แล้วในลูกค้ารายนี้',
  'userImport.kindName.mobile_required_for_sms': 'ไม่มีหมายเลขมือถือสำหรับ SMS',
  'userImport.kindName.owner_required': 'ไม่มีเจ้าของ',
  'userImport.kindName.owner_unknown': 'ไม่รู้จักเจ้าของ',
  'userImport.kindName.unknown_agency': 'ไม่รู้จักสาขา',
  'userImport.kindName.unknown_pool': 'ไม่รู้จักพูลไลเซนส์',
  'userImport.kindName.seat_limit': 'ไม่มีที่นั่งเหลือ',
  'userImport.kindName.missing_column': 'ไม่มีคอลัมน์',
  'userImport.kindName.other': 'อื่น ๆ',

  'userImport.cell.required': 'จำเป็น: เซลล์นี้ว่างอยู่',
  'userImport.cell.invalid_email': 'ไม่ใช่อีเมลที่ถูกต้อง (เช่น name@company.com)',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `ค่าที่ไม่อนุญาต โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: ${allowed}`
      : format !== undefined
        ? `ค่าที่ไม่อนุญาต รูปแบบที่ต้องการ: ${format}`
        : 'ค่าที่ไม่อนุญาตสำหรับคอลัมน์นี้ โปรดดูชีตที่สองของแม่แบบ',
  'userImport.cell.invalid_date': 'ไม่ใช่วันที่ที่ถูกต้อง โปรดเขียนเป็น dd/mm/yyyy ตามด้วย /hh:mm ได้ตามต้องการ (01/04/2018/09:30)',
  'userImport.cell.invalid_login': 'ไม่ใช่ชื่อเข้าสู่ระบบที่ถูกต้อง ใช้ได้เฉพาะตัวอักษร ตัวเลข จุด ขีดกลาง และขีดล่าง',
  'userImport.cell.invalid_phone': 'ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง',
  'userImport.cell.invalid_quota': 'ไม่ใช่โควตาที่ถูกต้อง ต้องเป็นตัวเลขและหน่วย เช่น 500 MB หรือ 2 GB',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `ยาวเกินไป ต้องไม่เกิน ${t.number(Number(max))} ตัวอักษร` : 'ยาวเกินไปสำหรับคอลัมน์นี้',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined
      ? `ซ้ำกับแถวที่ ${t.number(Number(firstRow), { useGrouping: false })}`
      : 'ซ้ำกับแถวก่อนหน้าในไฟล์',
  'userImport.cell.duplicate_existing': 'ผู้ใช้ของลูกค้ารายนี้ใช้ค่านี้อยู่แล้ว',
  'userImport.cell.mobile_required_for_sms': 'ต้องมีหมายเลขมือถือเมื่อการยืนยันตัวตนสองขั้นตอนเป็น SMS',
  'userImport.cell.owner_required': 'ผู้ติดต่อต้องมีชื่อเข้าสู่ระบบของผู้ใช้ที่เป็นเจ้าของ',
  'userImport.cell.owner_unknown': 'ไม่มีผู้ใช้ที่มีชื่อเข้าสู่ระบบนี้ ทั้งในลูกค้ารายนี้และในไฟล์นี้',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `ไม่ใช่สาขาของคุณ${unknown !== undefined ? `: ${unknown}` : ''}`
      : unknown !== undefined
        ? `ไม่มีสาขานี้ในลูกค้ารายนี้: ${unknown}`
        : 'ไม่รู้จักสาขา หรือไม่ใช่สาขาของคุณ',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined ? `ไม่มีพูลไลเซนส์นี้ในลูกค้ารายนี้: ${unknown}` : 'ไม่มีพูลไลเซนส์นี้ในลูกค้ารายนี้',
  'userImport.cell.seat_limit': 'ไม่มีที่นั่งเหลือในพูลไลเซนส์นี้',
  'userImport.cell.missing_column': ({ column }) =>
    `ไม่มีคอลัมน์ ${column} หรือคอลัมน์ว่างในทุกแถว โปรดเพิ่มคอลัมน์นี้ (ดูแม่แบบ)`,

  'userImport.server.check': 'ตรวจสอบกับเซิร์ฟเวอร์',
  'userImport.server.checkAgain': 'ตรวจสอบกับเซิร์ฟเวอร์อีกครั้ง',
  'userImport.server.checkHint': 'เซิร์ฟเวอร์จะตรวจสอบแถวอีกครั้ง และหาอีเมลและชื่อเข้าสู่ระบบที่ถูกใช้แล้วในลูกค้ารายนี้',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      other: 'เซิร์ฟเวอร์ไม่พบปัญหา ผู้ใช้ # คนพร้อมให้สร้าง',
    }),
  'userImport.server.invalid': ({ count }, t) => t.plural(count, { other: 'เซิร์ฟเวอร์พบปัญหาใน # แถว' }),
  'userImport.server.fileErrorsFirst':
    'จะไม่มีการนำเข้าใดขณะที่ไฟล์ยังมีข้อผิดพลาด ทุกแถวจะถูกสร้างทั้งหมด หรือไม่สร้างเลย โปรดแก้ไขไฟล์แล้วเลือกอีกครั้ง',
  'userImport.server.noValidRow': 'ไม่มีแถวที่พร้อม โปรดแก้ไขไฟล์แล้วเลือกอีกครั้ง',
  'userImport.server.commit': ({ count }, t) => t.plural(count, { other: 'สร้างผู้ใช้ # คนในสถานะรอดำเนินการ' }),
  'userImport.server.commitHint': 'ผู้ใช้จะถูกสร้างโดยยังไม่ได้รับเชิญ คุณตรวจสอบผู้ใช้แล้วจึงส่งคำเชิญในขั้นตอนถัดไป',
  'userImport.server.collisions':
    'หลังการตรวจสอบ มีอีเมลหรือชื่อเข้าสู่ระบบบางรายการถูกใช้ไปแล้วในลูกค้ารายนี้ จึงไม่มีการนำเข้าใด โปรดแก้ไขไฟล์แล้วเลือกอีกครั้ง',
  'userImport.server.tooLarge': 'เซิร์ฟเวอร์ปฏิเสธไฟล์เพราะใหญ่เกินไป โปรดแบ่งเป็นไฟล์ที่เล็กลง',
  'userImport.server.rejectedRows': 'เซิร์ฟเวอร์ปฏิเสธบางเซลล์ จึงไม่มีการนำเข้าใด โปรดแก้ไขในไฟล์แล้วเลือกอีกครั้ง',
  'userImport.server.forbidden': 'คุณไม่มีสิทธิ์นำเข้าผู้ใช้สำหรับลูกค้ารายนี้',
  'userImport.server.alreadyCommitted': 'การนำเข้านี้ยืนยันไปแล้ว ผู้ใช้ถูกสร้างแล้ว',
  'userImport.server.expired': 'เซิร์ฟเวอร์ไม่รู้จักการตรวจสอบนี้แล้ว โปรดตรวจสอบกับเซิร์ฟเวอร์อีกครั้ง',
  'userImport.server.checkFailed': 'เซิร์ฟเวอร์ตรวจสอบไฟล์ไม่ได้',
  'userImport.server.commitFailed': 'สร้างผู้ใช้ไม่ได้',
  'userImport.server.unknownOutcome': 'เซิร์ฟเวอร์ไม่ได้ยืนยัน โปรดลองอีกครั้ง ระบบจะส่งคำขอเดิมซ้ำ จะไม่มีการนำเข้าซ้ำเป็นครั้งที่สอง',

  'userImport.done.title': ({ count }, t) => t.plural(count, { other: 'สร้างผู้ใช้ # คนในสถานะรอดำเนินการแล้ว' }),
  'userImport.done.hint': 'ยังไม่มีใครได้รับเชิญ โปรดตรวจสอบผู้ใช้ใหม่ในตาราง แล้วส่งคำเชิญ',
  'userImport.done.invite': 'ตรวจสอบและส่งคำเชิญ',
  'userImport.done.another': 'นำเข้าไฟล์อื่น',
} satisfies CatalogueOf<typeof userImportEn>;
