import type { TranslatedDictionary } from '../core/i18n/plural';

/**
 * Vietnamese words of the aftercare page (complaints and forwarding after publication). They live
 * with the feature so its lazy chunk carries them; `en` must have the same keys (the compiler checks
 * through `AftercareDictionary`, a unit test checks placeholders).
 */
export const aftercareVi = {
  'aftercare.title': 'Khiếu nại & chuyển tác phẩm',
  'aftercare.subtitle':
    'Sau khi công bố kết quả: ghi nhận và giải quyết khiếu nại, chuyển tác phẩm đoạt giải lên giải toàn quốc.',
  'aftercare.notPublished':
    'Giải đang ở trạng thái "{status}". Khiếu nại và chuyển tác phẩm lên giải toàn quốc chỉ mở sau khi kết quả được công bố: trước đó, ý kiến khác nhau về kết quả do Hội đồng xem xét.',

  'complaints.title': 'Khiếu nại',
  'complaints.summary': '{open} đang xử lý / {total} khiếu nại',
  'complaints.empty': 'Chưa có khiếu nại nào.',
  'complaints.formTitle': 'Ghi nhận khiếu nại',
  'complaints.entry': 'Tác phẩm đoạt giải bị khiếu nại',
  'complaints.chooseEntry': '— Chọn tác phẩm —',
  'complaints.entryOption': '{code} · {title} — {prize}',
  'complaints.topicOnly': 'Giải chuyên đề',
  'complaints.noWinners': 'Giải không có tác phẩm đoạt giải nào để khiếu nại.',
  'complaints.complainant': 'Người / đơn vị khiếu nại',
  'complaints.complainantHint': 'Ghi như trên đơn khiếu nại: cá nhân, cơ quan, bạn đọc…',
  'complaints.reason': 'Nội dung khiếu nại',
  'complaints.submit': 'Ghi nhận khiếu nại',
  'complaints.filed': 'Đã ghi nhận khiếu nại.',
  'complaints.filedAt': 'Ngày nhận',
  'complaints.entryColumn': 'Tác phẩm',
  'complaints.tier': 'Giải',
  'complaints.status': 'Trạng thái',
  'complaints.resolution': 'Kết luận',
  'complaints.resolvedAt': 'Giải quyết ngày {date}',
  'complaints.resolve': 'Giải quyết…',
  'complaints.resolveFor': 'Giải quyết khiếu nại về {title}',
  'complaints.organizersOnly': 'Chỉ Ban Tổ chức giải quyết khiếu nại.',
  'complaints.lost.withdrawn': 'Tác phẩm đã bị rút',
  'complaints.lost.revoked': 'Giải đã bị thu hồi',

  'status.open': 'Đang xử lý',
  'status.dismissed': 'Bác khiếu nại',
  'status.withdrawn': 'Đã rút tác phẩm',
  'status.revoked': 'Đã thu hồi giải',

  'resolve.title': 'Giải quyết khiếu nại',
  'resolve.entry': 'Tác phẩm: {title}',
  'resolve.complaint': 'Khiếu nại của {complainant}',
  'resolve.outcome': 'Kết luận',
  'resolve.dismissed': 'Bác khiếu nại',
  'resolve.dismissedEffect': 'Không có gì thay đổi: tác phẩm giữ nguyên giải.',
  'resolve.withdrawn': 'Rút tác phẩm',
  'resolve.withdrawnEffect':
    'Tác phẩm bị rút khỏi giải và mất giải: không còn trong kết quả công bố, danh sách xuất và giấy chứng nhận.',
  'resolve.revoked': 'Thu hồi giải',
  'resolve.revokedEffect':
    'Giải của tác phẩm bị thu hồi: tác phẩm không còn trong danh sách đoạt giải công bố; hồ sơ tác phẩm vẫn được giữ.',
  'resolve.unavailable': 'Không áp dụng: {reason}.',
  'resolve.note': 'Lý do kết luận (bắt buộc)',
  'resolve.noteHint': 'Được lưu vào nhật ký và hiển thị cho Ban Tổ chức.',
  'resolve.final': 'Kết luận là cuối cùng, không sửa được; tác giả được thông báo qua email.',
  'resolve.submit': 'Xác nhận kết luận',
  'resolve.done': 'Đã giải quyết khiếu nại: {outcome}.',

  'forward.title': 'Chuyển tác phẩm lên giải toàn quốc',
  'forward.text':
    'Mỗi tác phẩm được chuyển trở thành một tác phẩm đã nộp của giải toàn quốc, kèm tệp, tác giả, giải đã đạt và nguồn gốc. Tác phẩm đã bị rút hoặc thu hồi giải không được chuyển.',
  'forward.organizersOnly': 'Chỉ Ban Tổ chức chuyển tác phẩm lên giải toàn quốc.',
  'forward.national': 'Đây là giải toàn quốc: không có giải cấp trên để chuyển tác phẩm.',
  'forward.target': 'Giải toàn quốc nhận tác phẩm',
  'forward.chooseTarget': '— Chọn giải —',
  'forward.noTargets': 'Hiện không có giải toàn quốc nào đang nhận tác phẩm.',
  'forward.targetsError': 'Không tải được danh sách giải toàn quốc.',
  'forward.tiers': 'Chuyển mọi tác phẩm đoạt các hạng giải',
  'forward.tiersHint': 'Thường chuyển các tác phẩm đoạt giải A và B.',
  'forward.tierOption': '{label} ({count} tác phẩm)',
  'forward.entries': 'Hoặc chọn thêm từng tác phẩm',
  'forward.byTier': 'đã gồm theo hạng giải',
  'forward.noWinners': 'Giải không có tác phẩm đoạt giải nào.',
  'forward.count': 'Sẽ chuyển {count} tác phẩm.',
  'forward.submit': 'Chuyển tác phẩm…',
  'forward.needTarget': 'Hãy chọn giải toàn quốc nhận tác phẩm.',
  'forward.confirmTitle': 'Chuyển {count} tác phẩm?',
  'forward.confirmText':
    'Chuyển {count} tác phẩm sang "{award}". Mỗi tác phẩm thành một tác phẩm đã nộp của giải đó; thao tác không hoàn tác được từ trang này.',
  'forward.confirm': 'Chuyển tác phẩm',
  'forward.resultTitle': 'Kết quả chuyển tác phẩm',
  'forward.forwarded': 'Đã chuyển ({count})',
  'forward.skipped': 'Không chuyển ({count})',
  'forward.noneForwarded': 'Không tác phẩm nào được chuyển.',
  'forward.untitled': '(tác phẩm không thuộc giải này)',
} as const;

export type AftercareKey = keyof typeof aftercareVi;
export type AftercareDictionary = TranslatedDictionary<typeof aftercareVi>;
