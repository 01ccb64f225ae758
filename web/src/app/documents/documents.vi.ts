import type { TranslatedDictionary } from '../core/i18n/plural';

/** Vietnamese words of the award's documents page (numbered decisions, minutes, lists). */
export const documentsVi = {
  'documents.title': 'Văn bản',
  'documents.subtitle':
    'Quyết định, biên bản, tờ trình và danh sách lập từ dữ liệu của giải, đúng thể thức văn bản của Đảng, được cấp số theo cơ quan ban hành và năm.',
  'documents.issuer': 'Cơ quan ban hành: {issuer} · ký hiệu {symbol}',
  'documents.create': 'Lập văn bản mới',
  'documents.type': 'Loại văn bản',
  'documents.round': 'Vòng chấm',
  'documents.chooseRound': '— Chọn vòng —',
  'documents.batch': 'Đợt gửi của cơ quan',
  'documents.chooseBatch': '— Chọn đợt gửi —',
  'documents.batchOption': '{organization} · {title} ({count} tác phẩm)',
  'documents.needBatch': 'Hãy chọn đợt gửi.',
  'documents.issuedOn': 'Ngày ban hành',
  'documents.issuedOnHint':
    'Để trống: hôm nay (biên bản: ngày đóng vòng). Năm của ngày này quyết định dãy số.',
  'documents.submit': 'Lập và cấp số',
  'documents.submitting': 'Đang lập…',
  'documents.created': 'Đã lập văn bản số {reference}.',
  'documents.needRound': 'Hãy chọn vòng chấm.',
  'documents.list': 'Văn bản đã lập',
  'documents.count': '{count} văn bản',
  'documents.empty': 'Chưa lập văn bản nào.',
  'documents.reference': 'Số, ký hiệu',
  'documents.name': 'Văn bản',
  'documents.date': 'Ngày',
  'documents.hash': 'Mã băm SHA-256',
  'documents.download': 'Tải',
  'documents.downloadAs': 'Tải {format}',
  'documents.downloadNamed': 'Tải {format} – {reference}',
  'documents.downloading': 'Đang tải…',

  'institution.title': 'Cơ quan ban hành và người ký',
  'institution.parentBody': 'Cấp ủy cấp trên',
  'institution.parentBodyHint':
    'Dòng trên tên cơ quan, ví dụ BAN CHẤP HÀNH TRUNG ƯƠNG, TỈNH ỦY GIA LAI',
  'institution.issuingBody': 'Cơ quan ban hành',
  'institution.symbol': 'Ký hiệu',
  'institution.symbolHint': 'Sau dấu gạch chéo trong số văn bản: 15-QĐ/BTCTW',
  'institution.symbolInvalid':
    'Chỉ gồm chữ in hoa, chữ số, dấu chấm hoặc gạch ngang (tối đa 20 ký tự).',
  'institution.signerTitle': 'Chức vụ người ký',
  'institution.signerTitleHint': 'Mỗi dòng một dòng in, ví dụ K/T TRƯỞNG BAN rồi PHÓ TRƯỞNG BAN',
  'institution.signerName': 'Họ tên người ký',
  'institution.signerNameHint': 'Để trống thì văn bản chừa chỗ ghi tay',
  'institution.prizeSplit': 'Chia tiền thưởng giữa đồng tác giả',
  'institution.split.equal': 'Chia đều (làm tròn nghìn đồng)',
  'institution.split.none': 'Trả cho tác giả thứ nhất, đại diện nhóm',
  'institution.save': 'Lưu',
  'institution.saved': 'Đã lưu cơ quan ban hành và người ký.',

  'type.council_decision': 'Quyết định thành lập Hội đồng',
  'type.round_minutes': 'Biên bản chấm (vòng đã đóng)',
  'type.prize_proposal': 'Tờ trình đề nghị tặng giải',
  'type.prize_decision': 'Quyết định tặng giải',
  'type.payment_list': 'Danh sách chi trả tiền thưởng (Excel)',
  'type.batch_list': 'Danh sách tác phẩm của đợt gửi',
} as const;

export type DocumentsKey = keyof typeof documentsVi;
export type DocumentsDictionary = TranslatedDictionary<typeof documentsVi>;
