import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportJa = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? '連絡先をインポート' : 'ユーザーをインポート'),
  'userImport.noPermission': 'このクライアントのユーザーをインポートする権限がありません。',
  'userImport.notConfigured': 'インポートがバックエンドに接続されていません。',

  'userImport.kind.legend': 'ファイルの内容',
  'userImport.kind.users': 'ユーザー',
  'userImport.kind.contacts': '連絡先',

  'userImport.template.title': 'テンプレートから始める',
  'userImport.template.hint':
    '1行目は列名（LASTNAME、FIRSTNAME、EMAIL…）で、その後に例の行が続きます。XLSX の2枚目のシートに、各列の説明と使用できる値が記載されています。',
  'userImport.template.xlsx': 'テンプレートをダウンロード（XLSX）',
  'userImport.template.csv': 'テンプレートをダウンロード（CSV）',
  'userImport.template.preparing': 'テンプレートを準備しています…',
  'userImport.template.fileName': ({ kind, format }) => `${kind === 'contacts' ? '連絡先' : 'ユーザー'}-インポートテンプレート.${format}`,
  'userImport.template.failed': 'テンプレートを準備できませんでした。もう一度お試しください。',

  'userImport.file.title': 'ファイル',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `CSV または XLSX ファイルをここにドロップするか、選択してください（最大 ${megabytes(maxBytes, t)}、${t.number(maxRows)}行まで）。ファイルはブラウザー内で読み取られ、サーバーで確認するまで何も送信されません。`,
  'userImport.file.choose': 'ファイルを選択…',
  'userImport.file.chooseAgain': 'ファイルを修正して選択し直す…',
  'userImport.file.dragOver': 'ファイルをドロップすると読み取ります。',
  'userImport.file.picked': ({ name }) => `${name} を読み取っています。`,

  'userImport.refused.title': ({ name }) => `${name} はインポートできません`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `ファイルのサイズは ${megabytes(found, t)} で、上限の ${megabytes(max, t)} を超えています。小さなファイルに分割してください。`
      : `ファイルのサイズが上限の ${megabytes(max, t)} を超えています。小さなファイルに分割してください。`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `ファイルには${t.number(found)}行ありますが、一度にインポートできるのは${t.number(max)}行までです。小さなファイルに分割してください。`
      : `ファイルの行数が、一度にインポートできる上限の${t.number(max)}行を超えています。小さなファイルに分割してください。`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `この XLSX ファイルは展開すると ${megabytes(max, t)} を超えるため、受け付けられません（zip 爆弾の可能性があります）。表計算ソフトから保存し直すか、CSV で保存してください。`,
  'userImport.refused.unreadable': 'ファイルを読み取れませんでした。破損しているか、パスワードで保護されている可能性があります。XLSX または CSV で保存し直してください。',
  'userImport.refused.empty': 'ファイルが空です。',
  'userImport.refused.no_header':
    'ヘッダー行がありません。1行目には列名（LASTNAME、FIRSTNAME、EMAIL…）が必要です。テンプレートから始めてください。',
  'userImport.refused.blocked_by_page_policy':
    'このページのセキュリティポリシーによりインポート用の読み取り処理を開始できないため、ここではファイルを読み込めません。ポータルの担当チームにお知らせください。許可すべき内容 (Trusted Types ポリシー suite-kit) はキットのセキュリティガイドに記載されています。',
  'userImport.refused.unsupported_format':
    'インポートできるのは CSV と XLSX ファイルのみです。XLSX または CSV で保存してください（XLS、ODS、Numbers は不可）。',
  'userImport.refused.context': '行の確認に使う拠点とライセンスプールを読み込めませんでした。',

  'userImport.progress.reading': 'ファイルを読み取っています…',
  'userImport.progress.parsing': '行を読み取っています…',
  'userImport.progress.validating': '行を確認しています…',
  'userImport.progress.preparing': '拠点とライセンスプールを読み込んでいます…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(total)}行中${t.number(done)}行`,
  'userImport.progress.cancel': 'キャンセル',
  'userImport.progress.cancelled': 'キャンセルしました。ファイルは読み取られていません。',
  'userImport.progress.checking': 'サーバーで確認しています…',
  'userImport.progress.committing': 'ユーザーを作成しています…',

  'userImport.result.title': ({ name }) => `${name} の結果`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { other: '#行を読み取り' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { other: '#行が準備完了' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { other: '#行にエラー' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { other: '#行を読み取りました' })}：準備完了 ${t.number(ok)}行、${t.plural(errors, {
      other: 'エラーあり #行',
    })}。`,
  'userImport.result.byKind': '種類別のエラー',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}：${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV、${encoding}、${delimiter}区切り` : 'XLSX、1枚目のシート',
  'userImport.result.delimiter.comma': 'カンマ',
  'userImport.result.delimiter.semicolon': 'セミコロン',
  'userImport.result.delimiter.tab': 'タブ',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { other: '#列を認識' })}${ignored > 0 ? `、${t.plural(ignored, { other: '#列を無視' })}` : ''}`,
  'userImport.headers.inFile': 'ファイル内のヘッダー',
  'userImport.headers.column': 'インポート先',
  'userImport.headers.ignored': '無視',
  'userImport.headers.unknown': ({ names }) => `不明な列（無視）：${names}`,
  'userImport.shortfall.title': '全員分のシートが足りません',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}：${t.plural(needed, { other: '#シート必要' })}、残り${t.number(remaining)}シート。`,
  'userImport.shortfall.hint':
    'インポートされたユーザーは保留中で、招待されるまでシートを使用しません。全員を招待する前に、シートを空けるかライセンスを購入してください。',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { other: '修正が必要な問題：#件' }),
  'userImport.detail.filterKind': '問題の種類',
  'userImport.detail.filterColumn': '列',
  'userImport.detail.allKinds': 'すべての種類',
  'userImport.detail.allColumns': 'すべての列',
  'userImport.detail.option': ({ label, count }, t) => `${label}（${t.number(count)}）`,
  'userImport.detail.row': '行',
  'userImport.detail.column': '列',
  'userImport.detail.value': '値',
  'userImport.detail.problem': '問題',
  'userImport.detail.empty': '（空欄）',
  'userImport.detail.fromServer': 'サーバーが検出',
  'userImport.detail.none': 'このフィルターに一致する問題はありません。',
  'userImport.detail.caption': ({ from, to, total }, t) => `問題 ${t.number(from)}～${t.number(to)}（全${t.number(total)}件）`,
  'userImport.detail.pages': '問題のページ',
  'userImport.detail.previous': '前のページ',
  'userImport.detail.next': '次のページ',
  'userImport.detail.download': ({ count }, t) => t.plural(count, { other: 'この#件の問題をダウンロード（CSV）' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-問題.csv`,
  'userImport.detail.csvRow': '行',
  'userImport.detail.csvColumn': '列',
  'userImport.detail.csvValue': '値',
  'userImport.detail.csvProblem': '問題',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `サーバーが検出した${t.number(total)}件の問題のうち、最初の${t.number(shown)}件を表示しています。これらを修正してから、もう一度確認してください。`,

  'userImport.kindName.required': '必須セルが空欄',
  'userImport.kindName.invalid_email': '無効なメールアドレス',
  'userImport.kindName.invalid_enum': '使用できない値',
  'userImport.kindName.invalid_date': '無効な日付',
  'userImport.kindName.invalid_login': '無効なログインID',
  'userImport.kindName.invalid_phone': '無効な電話番号',
  'userImport.kindName.invalid_quota': '無効な容量',
  'userImport.kindName.too_long': '長すぎる値',
  'userImport.kindName.duplicate_in_file': 'ファイル内で重複',
  'userImport.kindName.duplicate_existing': 'このクライアントで使用済み',
  'userImport.kindName.mobile_required_for_sms': 'SMS 用の携帯電話番号がない',
  'userImport.kindName.owner_required': '所有者がない',
  'userImport.kindName.owner_unknown': '不明な所有者',
  'userImport.kindName.unknown_agency': '不明な拠点',
  'userImport.kindName.unknown_pool': '不明なライセンスプール',
  'userImport.kindName.seat_limit': '空きシートなし',
  'userImport.kindName.missing_column': '列がない',
  'userImport.kindName.other': 'その他',

  'userImport.cell.required': '必須：このセルが空欄です。',
  'userImport.cell.invalid_email': '有効なメールアドレスではありません（例：name@company.com）。',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `使用できない値です。次のいずれかを使用してください：${allowed}。`
      : format !== undefined
        ? `使用できない値です。必要な形式：${format}。`
        : 'この列では使用できない値です。テンプレートの2枚目のシートを参照してください。',
  'userImport.cell.invalid_date': '正しい日付ではありません。dd/mm/yyyy の形式で入力し、必要に応じて /hh:mm を続けてください（01/04/2018/09:30）。',
  'userImport.cell.invalid_login': '有効なログインIDではありません。英字、数字、ピリオド、ハイフン、アンダースコアのみ使用できます。',
  'userImport.cell.invalid_phone': '有効な電話番号ではありません。',
  'userImport.cell.invalid_quota': '有効な容量ではありません。数値と単位で入力してください（例：500 MB、2 GB）。',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `長すぎます。${t.number(Number(max))}文字以内にしてください。` : 'この列には長すぎる値です。',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined
      ? `${t.number(Number(firstRow), { useGrouping: false })}行目と重複しています。`
      : 'ファイル内の前の行と重複しています。',
  'userImport.cell.duplicate_existing': 'このクライアントのユーザーがすでに使用しています。',
  'userImport.cell.mobile_required_for_sms': '2要素認証が SMS の場合は、携帯電話番号が必要です。',
  'userImport.cell.owner_required': '連絡先には、所有するユーザーのログインIDが必要です。',
  'userImport.cell.owner_unknown': 'このクライアントにもこのファイルにも、このログインIDのユーザーはいません。',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `あなたの拠点ではありません${unknown !== undefined ? `：${unknown}` : ''}。`
      : unknown !== undefined
        ? `このクライアントにそのような拠点はありません：${unknown}。`
        : '不明な拠点か、あなたの拠点ではありません。',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined
      ? `このクライアントにそのようなライセンスプールはありません：${unknown}。`
      : 'このクライアントにそのようなライセンスプールはありません。',
  'userImport.cell.seat_limit': 'このライセンスプールに空きシートがありません。',
  'userImport.cell.missing_column': ({ column }) =>
    `${column} 列がないか、すべての行で空欄です。列を追加してください（テンプレートを参照）。`,

  'userImport.server.check': 'サーバーで確認',
  'userImport.server.checkAgain': 'サーバーでもう一度確認',
  'userImport.server.checkHint': 'サーバーが行を再確認し、このクライアントですでに使用されているメールアドレスとログインIDを検出します。',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      other: 'サーバーで問題は見つかりませんでした。#人のユーザーを作成する準備ができています。',
    }),
  'userImport.server.invalid': ({ count }, t) => t.plural(count, { other: 'サーバーが#行で問題を検出しました。' }),
  'userImport.server.fileErrorsFirst':
    'ファイルにエラーがある間は何もインポートされません。すべての行が作成されるか、1行も作成されないかのどちらかです。ファイルを修正して選択し直してください。',
  'userImport.server.noValidRow': '準備ができている行がありません。ファイルを修正して選択し直してください。',
  'userImport.server.commit': ({ count }, t) => t.plural(count, { other: '#人のユーザーを保留中として作成' }),
  'userImport.server.commitHint': 'ユーザーは招待されずに作成されます。内容を確認してから招待を送信してください。',
  'userImport.server.collisions':
    '確認後、このクライアントで一部のメールアドレスまたはログインIDが使用されたため、何もインポートされませんでした。ファイルを修正して選択し直してください。',
  'userImport.server.tooLarge': 'ファイルが大きすぎるため、サーバーに拒否されました。小さなファイルに分割してください。',
  'userImport.server.rejectedRows': 'サーバーが一部のセルを拒否したため、何もインポートされませんでした。ファイル内で修正して選択し直してください。',
  'userImport.server.forbidden': 'このクライアントのユーザーをインポートする権限がありません。',
  'userImport.server.alreadyCommitted': 'このインポートはすでに確定済みです。ユーザーは作成されています。',
  'userImport.server.expired': 'この確認結果はサーバーで無効になりました。もう一度サーバーで確認してください。',
  'userImport.server.checkFailed': 'サーバーでファイルを確認できませんでした。',
  'userImport.server.commitFailed': 'ユーザーを作成できませんでした。',
  'userImport.server.unknownOutcome':
    'サーバーが確認できませんでした。再試行してください。同じリクエストが再送されるだけで、インポートが二重に行われることはありません。',

  'userImport.done.title': ({ count }, t) => t.plural(count, { other: '#人のユーザーを保留中として作成しました' }),
  'userImport.done.hint': 'まだ誰も招待されていません。表で新しいユーザーを確認してから、招待を送信してください。',
  'userImport.done.invite': '確認して招待を送信',
  'userImport.done.another': '別のファイルをインポート',
} satisfies CatalogueOf<typeof userImportEn>;
