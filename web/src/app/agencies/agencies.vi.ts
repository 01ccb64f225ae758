import type { TranslatedDictionary } from '../core/i18n/plural';

/**
 * Vietnamese words of an organization's batches (hồ sơ gửi giải). They live with the feature so its
 * lazy chunk carries them; `en` must have the same keys (the compiler checks through
 * `AgenciesDictionary`, a unit test checks placeholders and plural forms).
 */
export const agenciesVi = {
  'batches.title': 'Hồ sơ gửi giải',
  'batches.subtitle':
    'Cơ quan, đơn vị gửi tác phẩm thay cho tác giả: mỗi hồ sơ gồm các tác phẩm gửi một giải và công văn kèm theo.',
  'batches.notOrganization':
    'Chỉ tài khoản của cơ quan, đơn vị mới lập được hồ sơ gửi giải. Tác giả cá nhân gửi tác phẩm tại trang của giải.',
  'batches.create': 'Lập hồ sơ mới',
  'batches.createHint': 'Chọn giải đang nhận tác phẩm và đặt tên cho đợt gửi (ví dụ: Đợt 1).',
  'batches.award': 'Giải',
  'batches.awardChoose': '— Chọn giải —',
  'batches.noOpenAward': 'Hiện chưa có giải nào đang nhận tác phẩm.',
  'batches.batchTitle': 'Tên hồ sơ (đợt gửi)',
  'batches.submit': 'Lập hồ sơ',
  'batches.submitting': 'Đang lập…',
  'batches.created': 'Đã lập hồ sơ. Hãy thêm tác phẩm và tải lên công văn.',
  'batches.mine': 'Hồ sơ của cơ quan',
  'batches.empty': 'Chưa có hồ sơ nào.',
  'batches.letter': 'Công văn',
  'batches.noLetter': 'Chưa có công văn',
  'batches.progress': 'Đã nộp {submitted}/{count} tác phẩm',
  'batches.open': 'Mở hồ sơ',
  'batches.letterLine': 'Số {number} ngày {date}',

  'batch.back': '← Hồ sơ gửi giải',
  'batch.organization': 'Cơ quan gửi: {name}',
  'batch.letterTitle': 'Công văn kèm theo',
  'batch.letterHint':
    'Tệp PDF bản quét công văn đã ký, đóng dấu. Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp.',
  'batch.letterOnFile': 'Đã có công văn số {number} ngày {date} ({file}).',
  'batch.letterNumber': 'Số, ký hiệu công văn',
  'batch.letterNumberHint': 'Ví dụ: 45-CV/BTCTU',
  'batch.letterDate': 'Ngày công văn',
  'batch.letterFile': 'Tệp công văn (PDF)',
  'batch.letterFileMissing': 'Hãy chọn tệp PDF của công văn.',
  'batch.letterUpload': 'Tải lên công văn',
  'batch.letterReplace': 'Thay công văn',
  'batch.letterUploading': 'Đang tải lên…',
  'batch.letterSaved': 'Đã lưu công văn số {number}.',
  'batch.letterDownload': 'Tải công văn',
  'batch.letterDownloading': 'Đang tải…',
  'batch.entries': 'Tác phẩm trong hồ sơ',
  'batch.entriesHint':
    'Mỗi tác phẩm ghi rõ tác giả, bút danh của mình. Sau khi thêm, hãy tải lên tệp tác phẩm rồi nộp.',
  'batch.addEntry': '+ Thêm tác phẩm',
  'batch.noEntries': 'Hồ sơ chưa có tác phẩm nào.',
  'batch.entryTitle': 'Tác phẩm',
  'batch.category': 'Hạng mục',
  'batch.authors': 'Tác giả',
  'batch.status': 'Trạng thái',
  'batch.receipt': 'Số biên nhận',
  'batch.list': 'Tải danh sách tác phẩm (PDF)',
  'batch.listBusy': 'Đang tạo danh sách…',
  'batch.listHint':
    'Danh sách theo thể thức văn bản của Đảng, gửi kèm công văn; sau khi nộp, danh sách ghi số biên nhận của từng tác phẩm.',
  'batch.count': '{count} tác phẩm',

  'staff.title': 'Hồ sơ gửi giải của cơ quan',
  'staff.subtitle':
    'Các hồ sơ cơ quan báo chí, cơ quan, đơn vị gửi giải: công văn kèm theo, danh sách và tình trạng từng tác phẩm.',
  'staff.listLabel': 'Danh sách hồ sơ gửi giải',
  'staff.empty': 'Chưa có cơ quan, đơn vị nào gửi hồ sơ cho giải này.',
  'staff.organization': 'Cơ quan gửi',
  'staff.batch': 'Hồ sơ',
  'staff.letter': 'Công văn',
  'staff.entries': 'Tác phẩm',
  'staff.actions': 'Thao tác',
  'staff.progress': 'Đã nộp {submitted}/{count}',
  'staff.letterDownload': 'Tải công văn',
  'staff.letterDownloadOf': 'Tải công văn số {number} của hồ sơ {title}',
  'staff.open': 'Xem tác phẩm',
  'staff.openOf': 'Xem tác phẩm của hồ sơ {title} ({organization})',
  'staff.close': 'Đóng',
  'staff.detailHeading': '{title} — {organization}',
  'staff.listDownload': 'Tải danh sách tác phẩm (PDF)',
  'batch.noReceipt': 'Chưa nộp',
} as const;

export type AgenciesDictionary = TranslatedDictionary<typeof agenciesVi>;
export type AgenciesKey = keyof typeof agenciesVi;
