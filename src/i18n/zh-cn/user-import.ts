import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportZhCn = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? '导入联系人' : '导入用户'),
  'userImport.noPermission': '您无权为此客户导入用户。',
  'userImport.notConfigured': '导入功能未连接到后端。',

  'userImport.kind.legend': '文件包含什么内容？',
  'userImport.kind.users': '用户',
  'userImport.kind.contacts': '联系人',

  'userImport.template.title': '从模板开始',
  'userImport.template.hint':
    '第一行为列名（LASTNAME、FIRSTNAME、EMAIL…），随后是一行示例。XLSX 的第二个工作表说明了每一列及其允许的值。',
  'userImport.template.xlsx': '下载模板（XLSX）',
  'userImport.template.csv': '下载模板（CSV）',
  'userImport.template.preparing': '正在准备模板…',
  'userImport.template.fileName': ({ kind, format }) => `${kind === 'contacts' ? '联系人' : '用户'}导入模板.${format}`,
  'userImport.template.failed': '无法准备模板。请重试。',

  'userImport.file.title': '您的文件',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `将 CSV 或 XLSX 文件拖放到此处，或选择一个文件：最大 ${megabytes(maxBytes, t)}，最多 ${t.number(maxRows)} 行。文件在您的浏览器中读取；在您与服务器核对之前，不会发送任何内容。`,
  'userImport.file.choose': '选择文件…',
  'userImport.file.chooseAgain': '修正文件后重新选择…',
  'userImport.file.dragOver': '松开以读取文件。',
  'userImport.file.picked': ({ name }) => `正在读取 ${name}。`,

  'userImport.refused.title': ({ name }) => `无法导入 ${name}`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `文件大小为 ${megabytes(found, t)}；上限为 ${megabytes(max, t)}。请将其拆分为较小的文件。`
      : `文件超过了 ${megabytes(max, t)} 的上限。请将其拆分为较小的文件。`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `文件有 ${t.number(found)} 行；一次最多可导入 ${t.number(max)} 行。请将其拆分为较小的文件。`
      : `文件超过 ${t.number(max)} 行，即一次可导入的上限。请将其拆分为较小的文件。`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `此 XLSX 文件解压后超过 ${megabytes(max, t)}，因此被拒绝（可能是 zip 炸弹）。请在电子表格软件中重新保存，或另存为 CSV。`,
  'userImport.refused.unreadable': '无法读取文件：文件可能已损坏或受密码保护。请重新保存为 XLSX 或 CSV。',
  'userImport.refused.empty': '文件为空。',
  'userImport.refused.no_header': '没有标题行：第一行必须为列名（LASTNAME、FIRSTNAME、EMAIL…）。请从模板开始。',
  'userImport.refused.blocked_by_page_policy':
    '此页面的安全策略不允许启动导入读取程序，因此无法在此读取任何文件。请告知门户团队：套件的安全指南说明了需要允许的内容（Trusted Types 策略 suite-kit）。',
  'userImport.refused.unsupported_format': '只能导入 CSV 和 XLSX 文件。请将文件另存为 XLSX 或 CSV（不支持 XLS、ODS 或 Numbers）。',
  'userImport.refused.context': '无法加载用于核对各行的分支机构和许可证池。',

  'userImport.progress.reading': '正在读取文件…',
  'userImport.progress.parsing': '正在读取各行…',
  'userImport.progress.validating': '正在检查各行…',
  'userImport.progress.preparing': '正在加载分支机构和许可证池…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} / ${t.number(total)} 行`,
  'userImport.progress.cancel': '取消',
  'userImport.progress.cancelled': '已取消：未读取文件。',
  'userImport.progress.checking': '正在与服务器核对…',
  'userImport.progress.committing': '正在创建用户…',

  'userImport.result.title': ({ name }) => `${name} 的结果`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { other: '已读取 # 行' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { other: '# 行就绪' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { other: '# 行有错误' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { other: '已读取 # 行' })}：${t.number(ok)} 行就绪，${t.plural(errors, { other: '# 行有错误' })}。`,
  'userImport.result.byKind': '按类型统计的错误',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}：${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV，${encoding}，列以${delimiter}分隔` : 'XLSX，第一个工作表',
  'userImport.result.delimiter.comma': '逗号',
  'userImport.result.delimiter.semicolon': '分号',
  'userImport.result.delimiter.tab': '制表符',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { other: '已识别 # 列' })}${ignored > 0 ? `，${t.plural(ignored, { other: '已忽略 # 列' })}` : ''}`,
  'userImport.headers.inFile': '文件中的标题',
  'userImport.headers.column': '导入为',
  'userImport.headers.ignored': '已忽略',
  'userImport.headers.unknown': ({ names }) => `未知列，已忽略：${names}`,
  'userImport.shortfall.title': '席位不足以分配给所有人',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}：${t.plural(needed, { other: '需要 # 个席位' })}，剩余 ${t.number(remaining)} 个。`,
  'userImport.shortfall.hint': '导入的用户处于待邀请状态，受邀后才占用席位：请在全部邀请之前释放席位或购买许可证。',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { other: '# 个问题需要修正' }),
  'userImport.detail.filterKind': '问题类型',
  'userImport.detail.filterColumn': '列',
  'userImport.detail.allKinds': '所有类型',
  'userImport.detail.allColumns': '所有列',
  'userImport.detail.option': ({ label, count }, t) => `${label}（${t.number(count)}）`,
  'userImport.detail.row': '行',
  'userImport.detail.column': '列',
  'userImport.detail.value': '值',
  'userImport.detail.problem': '问题',
  'userImport.detail.empty': '（空）',
  'userImport.detail.fromServer': '由服务器发现',
  'userImport.detail.none': '没有符合这些筛选条件的问题。',
  'userImport.detail.caption': ({ from, to, total }, t) => `问题 ${t.number(from)}–${t.number(to)}，共 ${t.number(total)} 个`,
  'userImport.detail.pages': '问题分页',
  'userImport.detail.previous': '上一页',
  'userImport.detail.next': '下一页',
  'userImport.detail.download': ({ count }, t) => t.plural(count, { other: '下载这 # 个问题（CSV）' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-问题.csv`,
  'userImport.detail.csvRow': '行',
  'userImport.detail.csvColumn': '列',
  'userImport.detail.csvValue': '值',
  'userImport.detail.csvProblem': '问题',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `服务器发现了 ${t.number(total)} 个问题，只列出了前 ${t.number(shown)} 个：请修正这些问题，然后再次核对。`,

  'userImport.kindName.required': '必填单元格为空',
  'userImport.kindName.invalid_email': '邮箱无效',
  'userImport.kindName.invalid_enum': '值不允许',
  'userImport.kindName.invalid_date': '日期无效',
  'userImport.kindName.invalid_login': '登录名无效',
  'userImport.kindName.invalid_phone': '电话号码无效',
  'userImport.kindName.invalid_quota': '配额无效',
  'userImport.kindName.too_long': '过长',
  'userImport.kindName.duplicate_in_file': '文件内重复',
  'userImport.kindName.duplicate_existing': '此客户中已被使用',
  'userImport.kindName.mobile_required_for_sms': '短信验证缺少手机号',
  'userImport.kindName.owner_required': '缺少所有者',
  'userImport.kindName.owner_unknown': '所有者未知',
  'userImport.kindName.unknown_agency': '分支机构未知',
  'userImport.kindName.unknown_pool': '许可证池未知',
  'userImport.kindName.seat_limit': '没有剩余席位',
  'userImport.kindName.missing_column': '缺少列',
  'userImport.kindName.other': '其他',

  'userImport.cell.required': '必填：此单元格为空。',
  'userImport.cell.invalid_email': '不是有效的邮箱地址（例如 name@company.com）。',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `值不允许：请使用以下值之一：${allowed}。`
      : format !== undefined
        ? `值不允许：应为 ${format}。`
        : '此列不允许该值：请参阅模板的第二个工作表。',
  'userImport.cell.invalid_date': '不是有效日期：请写成 dd/mm/yyyy，可在后面加 /hh:mm（01/04/2018/09:30）。',
  'userImport.cell.invalid_login': '不是有效的登录名：只能包含字母、数字、点、连字符和下划线。',
  'userImport.cell.invalid_phone': '不是有效的电话号码。',
  'userImport.cell.invalid_quota': '不是有效的配额：应为数字加单位，例如 500 MB 或 2 GB。',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `过长：最多 ${t.number(Number(max))} 个字符。` : '对于此列而言过长。',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined ? `与第 ${t.number(Number(firstRow), { useGrouping: false })} 行重复。` : '与文件中前面的某一行重复。',
  'userImport.cell.duplicate_existing': '已被此客户的某个用户使用。',
  'userImport.cell.mobile_required_for_sms': '双重验证方式为 SMS 时，必须填写手机号。',
  'userImport.cell.owner_required': '联系人需要填写其所有者用户的登录名。',
  'userImport.cell.owner_unknown': '此客户和此文件中都没有使用该登录名的用户。',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `不是您管理的分支机构${unknown !== undefined ? `：${unknown}` : ''}。`
      : unknown !== undefined
        ? `此客户中没有该分支机构：${unknown}。`
        : '分支机构未知，或不由您管理。',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined ? `此客户中没有该许可证池：${unknown}。` : '此客户中没有该许可证池。',
  'userImport.cell.seat_limit': '此许可证池没有剩余席位。',
  'userImport.cell.missing_column': ({ column }) => `缺少 ${column} 列，或该列在所有行中都为空：请添加（参见模板）。`,

  'userImport.server.check': '与服务器核对',
  'userImport.server.checkAgain': '再次与服务器核对',
  'userImport.server.checkHint': '服务器会再次检查各行，并找出此客户中已被使用的邮箱和登录名。',
  'userImport.server.validated': ({ count }, t) => t.plural(count, { other: '服务器未发现问题：# 个用户可以创建。' }),
  'userImport.server.invalid': ({ count }, t) => t.plural(count, { other: '服务器在 # 行中发现了问题。' }),
  'userImport.server.fileErrorsFirst': '文件有错误时不会导入任何内容：要么全部行都创建，要么都不创建。请修正文件后重新选择。',
  'userImport.server.noValidRow': '没有就绪的行：请修正文件后重新选择。',
  'userImport.server.commit': ({ count }, t) => t.plural(count, { other: '以待邀请状态创建 # 个用户' }),
  'userImport.server.commitHint': '创建用户时不会发送邀请；您可以先审核，然后再发送邀请。',
  'userImport.server.collisions': '自核对以来，其中一些邮箱或登录名已在此客户中被占用：未导入任何内容。请修正文件后重新选择。',
  'userImport.server.tooLarge': '服务器因文件过大而拒绝：请将其拆分为较小的文件。',
  'userImport.server.rejectedRows': '服务器拒绝了某些单元格：未导入任何内容。请在文件中修正后重新选择。',
  'userImport.server.forbidden': '您无权为此客户导入用户。',
  'userImport.server.alreadyCommitted': '此导入已提交：其用户已存在。',
  'userImport.server.expired': '服务器已不再保留此次核对：请再次与服务器核对。',
  'userImport.server.checkFailed': '服务器无法核对该文件。',
  'userImport.server.commitFailed': '无法创建用户。',
  'userImport.server.unknownOutcome': '服务器未确认。请重试：将重新发送同一请求，绝不会重复导入。',

  'userImport.done.title': ({ count }, t) => t.plural(count, { other: '已以待邀请状态创建 # 个用户' }),
  'userImport.done.hint': '尚未邀请任何人：请在表格中审核新用户，然后发送邀请。',
  'userImport.done.invite': '审核并发送邀请',
  'userImport.done.another': '导入另一个文件',
} satisfies CatalogueOf<typeof userImportEn>;
