import type { TranslatedDictionary } from '../core/i18n/plural';

/**
 * Vietnamese words of the results pages (the organizer's ranking and prizes, publication, the public
 * results). They live with the feature so its lazy chunks carry them; `en` must have the same keys
 * (the compiler checks through `ResultsDictionary`, a unit test checks the placeholders).
 */
export const resultsVi = {
  'page.title': 'Kết quả & giải thưởng',
  'page.subtitle':
    'Xếp hạng theo mã tác phẩm (ẩn danh tác giả); Ban Tổ chức quyết định giải cho từng tác phẩm.',
  'page.readOnly':
    'Bạn chỉ có quyền xem. Chỉ Ban Tổ chức được quyết định giải, chốt và công bố kết quả.',
  'page.lockedPublished': 'Kết quả đã công bố nên các quyết định giải đã được khóa.',
  'page.lockedStatus': 'Chỉ quyết định giải khi giải đang chấm hoặc đã có kết quả.',
  'page.noRounds': 'Giải chưa có vòng chấm nào, nên chưa có kết quả để xếp hạng.',
  'page.status': 'Trạng thái giải',

  'controls.title': 'Vòng chấm và cách tính điểm',
  'controls.round': 'Vòng chấm',
  'controls.roundOption': '{name} (vòng {order})',
  'controls.method': 'Cách tính điểm',
  'method.mean': 'Trung bình cộng',
  'method.meanHint': 'Trung bình điểm của các phiếu chấm đã nộp.',
  'method.trimmed': 'Trung bình bỏ điểm cao nhất, thấp nhất',
  'method.trimmedHint':
    'Khi có từ 4 phiếu trở lên, bỏ một điểm cao nhất và một điểm thấp nhất rồi tính trung bình.',
  'method.zscore': 'Chuẩn hóa theo giám khảo (z-score)',
  'method.zscoreHint':
    'Đưa điểm của từng giám khảo về cùng mặt bằng của vòng (bù người chấm chặt, người chấm rộng) rồi tính trung bình.',

  'ranking.title': 'Xếp hạng theo hạng mục',
  'ranking.caption': 'Xếp hạng hạng mục {name}',
  'ranking.category': '{code} — {name}',
  'ranking.otherCategory': 'Hạng mục khác',
  'ranking.empty': 'Vòng này chưa có tác phẩm.',
  'ranking.rank': 'Hạng',
  'ranking.code': 'Mã tác phẩm',
  'ranking.sheets': 'Số phiếu',
  'ranking.total': 'Điểm trung bình',
  'ranking.normalized': 'Điểm xếp hạng',
  'ranking.flags': 'Lưu ý',
  'ranking.suggestion': 'Gợi ý',
  'ranking.tier': 'Giải',
  'ranking.tierAndTopics': 'Giải / giải chuyên đề',
  'ranking.noTier': 'Không có giải',
  'ranking.noTopics': 'Không có',
  'ranking.suggested': 'Gợi ý: {tier}',
  'ranking.apply': 'Áp dụng',
  'ranking.applyLabel': 'Áp dụng gợi ý {tier} cho tác phẩm {code}',
  'ranking.tierLabel': 'Giải của tác phẩm {code}',
  'ranking.topicsLabel': 'Giải chuyên đề của tác phẩm {code}',
  'ranking.saveLabel': 'Lưu giải của tác phẩm {code}',
  'ranking.unsaved': 'Chưa lưu',
  'ranking.saved': 'Đã lưu giải của tác phẩm {code}.',
  'ranking.unsavedCount': 'Có {count} tác phẩm đổi giải nhưng chưa lưu.',
  'ranking.noteSaved': 'Lý do: {note}',
  'ranking.undo': 'Hoàn tác',
  'ranking.undoLabel': 'Bỏ thay đổi chưa lưu của tác phẩm {code}',

  'flag.MISSING_SHEETS': 'Thiếu phiếu chấm',
  'flag.NO_SHEETS': 'Chưa có phiếu chấm',
  'flag.DISAGREEMENT': 'Chênh lệch điểm: {judges}',
  'flag.TIE': 'Đồng hạng',

  'tiers.title': 'Cơ cấu giải',
  'tiers.tier': 'Giải',
  'tiers.count': 'Đã xét / dự kiến',
  'tiers.value': '{current}/{target}',
  'tiers.over': 'vượt {count}',
  'tiers.empty': 'Giải chưa có cơ cấu giải.',

  'judges.title': 'Mức chấm của giám khảo',
  'judges.hint':
    'Độ lệch dương: chấm rộng tay hơn các giám khảo khác trên cùng tác phẩm; âm: chấm chặt hơn.',
  'judges.judge': 'Giám khảo',
  'judges.sheets': 'Số phiếu',
  'judges.mean': 'Điểm TB',
  'judges.spread': 'Độ phân tán',
  'judges.offset': 'Độ lệch',
  'judges.empty': 'Chưa có phiếu chấm đã nộp trong vòng này.',

  'note.title': 'Vượt số lượng dự kiến của {tier}',
  'note.text':
    'Sau khi lưu, {tier} sẽ có {after}/{target} giải (vượt số lượng dự kiến). Ghi rõ lý do; lý do được lưu vào nhật ký kiểm toán.',
  'note.code': 'Tác phẩm {code}',
  'note.label': 'Lý do vượt số lượng',
  'note.confirm': 'Lưu kèm lý do',

  'actions.title': 'Chốt và công bố kết quả',
  'actions.unsavedBlock': 'Hãy lưu hoặc bỏ các thay đổi chưa lưu trước khi chốt hay công bố.',
  'actions.decide': 'Chốt kết quả',
  'actions.decideTitle': 'Chốt kết quả?',
  'actions.decideText':
    'Giải "{name}" sẽ chuyển sang "Đã có kết quả". Vẫn có thể điều chỉnh giải trước khi công bố.',
  'actions.decided': 'Giải đã chuyển sang "Đã có kết quả".',
  'actions.publish': 'Công bố kết quả',
  'actions.publishTitle': 'Công bố kết quả?',
  'actions.publishText':
    'Kết quả giải "{name}" sẽ được công khai trên trang kết quả, và hệ thống gửi email thông báo kết quả cho tất cả tác giả dự giải.',
  'actions.publishWarning': 'Công bố là bước cuối cùng: sau khi công bố không thể sửa kết quả.',
  'actions.publishHint': 'Chốt kết quả trước, rồi công bố.',
  'actions.published': 'Đã công bố kết quả.',
  'actions.publishedAt': 'Thời điểm công bố',
  'actions.snapshot': 'Mã băm bản kết quả (SHA-256)',
  'actions.notified': 'Số tác giả được gửi thông báo',
  'actions.publicLink': 'Xem trang kết quả công khai',

  'export.title': 'Xuất kết quả',
  'export.xlsx': 'Tải Excel (.xlsx)',
  'export.csv': 'Tải CSV',
  'export.pdf': 'Tải PDF',
  'export.done': 'Đã tải xuống {file}.',

  'public.kicker': 'Kết quả giải',
  'public.back': 'Về trang giải',
  'public.print': 'In kết quả',
  'public.verify': 'Kiểm chứng kết quả',
  'verify.back': 'Kết quả',
  'verify.title': 'Kiểm chứng kết quả',
  'verify.intro':
    'Trang này tải gói kiểm chứng đã công bố (điểm từng tiêu chí của mọi phiếu chấm, theo mã tác phẩm và bí danh giám khảo), tự tính lại xếp hạng của từng vòng và mã băm ngay trong trình duyệt của bạn, rồi so với kết quả đã công bố.',
  'verify.matches': 'Khớp.',
  'verify.matchesDetail':
    'Đã tính lại từ {count} phiếu chấm: xếp hạng và mã băm đúng như đã công bố.',
  'verify.differs': 'Không khớp:',
  'verify.hash': 'Mã băm (ghi trong nhật ký kiểm toán khi công bố):',
  'verify.roundSheets': '{count} phiếu chấm.',
  'verify.code': 'Mã tác phẩm',
  'verify.score': 'Điểm',
  'verify.rank': 'Hạng trong hạng mục',
  'public.notPublished': 'Kết quả của giải chưa được công bố.',
  'public.notPublishedHint': 'Kết quả sẽ xuất hiện tại đây khi Ban Tổ chức công bố.',
  'public.notFound': 'Không tìm thấy giải báo chí này.',
  'public.empty': 'Giải không có tác phẩm đoạt giải.',
  'public.total': 'Tổng số tác phẩm đoạt giải: {count}',
  'public.groupCount': '{count} tác phẩm',
  'public.topicOnly': 'Giải chuyên đề',
  'public.caption': '{tier} — hạng mục {category}',
  'public.index': 'STT',
  'public.entryTitle': 'Tác phẩm',
  'public.authors': 'Tác giả',
  'public.agency': 'Cơ quan báo chí',
  'public.mediaType': 'Loại hình',
  'public.topics': 'Giải chuyên đề',
  'public.penName': '{name} (bút danh {penName})',
} as const;

export type ResultsKey = keyof typeof resultsVi;
export type ResultsDictionary = TranslatedDictionary<typeof resultsVi>;
