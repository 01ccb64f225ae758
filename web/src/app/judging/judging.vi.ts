import type { TranslatedDictionary } from '../core/i18n/plural';

/**
 * Vietnamese words of the judge's workspace (Phiếu chấm của tôi, the scoring page). They live with
 * the feature so its lazy chunks carry them; `en` must have the same keys (the compiler checks
 * through `JudgingDictionary`, a unit test checks placeholders).
 */
export const judgingVi = {
  'list.title': 'Phiếu chấm của tôi',
  'list.subtitle':
    'Các tác phẩm được phân công cho bạn trong các vòng chấm đang mở. Tác phẩm được chấm kín: chỉ có mã, không có thông tin tác giả.',
  'list.empty': 'Bạn chưa được phân công tác phẩm nào trong vòng chấm đang mở.',
  'list.emptyHint': 'Khi Ban Thư ký mở vòng chấm và phân công, tác phẩm sẽ hiện ở đây.',
  'list.progress': '{submitted}/{total} đã nộp',
  'list.progressLabel': 'Tiến độ vòng {round}: {submitted}/{total} phiếu đã nộp',
  'list.code': 'Mã tác phẩm',
  'list.entryTitle': 'Tên tác phẩm',
  'list.category': 'Hạng mục',
  'list.mediaType': 'Loại hình',
  'list.status': 'Trạng thái',
  'list.total': 'Tổng điểm',
  'list.open': 'Chấm',
  'list.view': 'Xem',
  'list.refresh': 'Tải lại',

  'status.not_started': 'Chưa chấm',
  'status.draft': 'Bản nháp',
  'status.submitted': 'Đã nộp',
  'status.recused': 'Đã tránh chấm',

  'sheet.back': 'Phiếu chấm của tôi',
  'sheet.round': 'Vòng: {round}',
  'sheet.code': 'Mã tác phẩm',
  'sheet.category': 'Hạng mục',
  'sheet.mediaType': 'Loại hình',
  'sheet.parts': 'Các kỳ / phần',
  'sheet.published': 'Ngày đăng/phát: {date}',
  'sheet.work': 'Tác phẩm',
  'sheet.rubric': 'Phiếu chấm',
  'sheet.rubricHint':
    'Chấm từng tiêu chí từ 0 đến điểm tối đa, theo bước điểm. Bản nháp được lưu tự động.',
  'sheet.criterionMax': 'Tối đa {max} · bước {step}',
  'sheet.criterionWeight': 'hệ số {weight}',
  'sheet.decrease': 'Giảm {criterion} một bước',
  'sheet.increase': 'Tăng {criterion} một bước',
  'sheet.total': 'Tổng điểm',
  'sheet.totalValue': '{total} / {max}',
  'sheet.totalPending': 'Chưa đủ điểm các tiêu chí',
  'sheet.comment': 'Nhận xét',
  'sheet.commentHint': 'Không bắt buộc. Chỉ Ban Tổ chức đọc nhận xét.',
  'sheet.submit': 'Nộp phiếu chấm',
  'sheet.submitting': 'Đang nộp…',
  'sheet.submitTitle': 'Nộp phiếu chấm tác phẩm {code}?',
  'sheet.submitText': 'Tổng điểm: {total} / {max}. Sau khi nộp, phiếu chấm không thể sửa.',
  'sheet.submitConfirm': 'Nộp phiếu',
  'sheet.submitted': 'Đã nộp phiếu chấm.',
  'sheet.submittedAt': 'Phiếu đã nộp lúc {time}. Phiếu chỉ để xem, không thể sửa.',
  'sheet.fixFirst': 'Chưa thể nộp: hãy sửa các tiêu chí được đánh dấu.',
  'sheet.restored':
    'Đã khôi phục bản nháp chưa gửi lên máy chủ (sửa lúc {time}). Bản này sẽ được lưu tự động.',
  'sheet.locked': 'Phiếu chấm không thể sửa nữa.',
  'sheet.notFound': 'Không tìm thấy phân công này, hoặc vòng chấm đã đóng.',

  'save.idle': 'Chưa có thay đổi',
  'save.pending': 'Có thay đổi chưa lưu…',
  'save.saving': 'Đang lưu…',
  'save.saved': 'Đã lưu lúc {time}',
  'save.offline': 'Chưa lưu — mất kết nối. Bản nháp vẫn được giữ trên máy này và sẽ tự gửi lại.',
  'save.invalid': 'Chưa lưu — có điểm không hợp lệ.',
  'save.failed': 'Chưa lưu — máy chủ từ chối. Bản nháp vẫn được giữ trên máy này.',
  'save.conflict': 'Chưa lưu — xung đột phiên bản',
  'save.locked': 'Phiếu đã khóa',
  'save.retryNow': 'Thử lưu lại ngay',

  'conflict.title': 'Phiếu chấm đã được lưu ở nơi khác',
  'conflict.text':
    'Có một tab hoặc thiết bị khác vừa lưu phiếu chấm này. Bạn muốn xem bản mới nhất trên máy chủ, hay giữ bản đang nhập ở đây?',
  'conflict.loadLatest': 'Tải bản mới nhất',
  'conflict.keepMine': 'Giữ bản của tôi',

  'score.outOfRange': '{criterion}: điểm phải từ 0 đến {max}.',
  'score.offStep': '{criterion}: điểm phải theo bước {step} (ví dụ {example}).',
  'score.missing': '{criterion}: chưa chấm.',
  'score.unknown': 'Tiêu chí "{key}" không có trong phiếu chấm.',

  'viewer.files': 'Tệp của tác phẩm',
  'viewer.file': 'Tệp {index}',
  'viewer.noFiles':
    'Tác phẩm chưa có tệp để xem (bản ẩn danh có thể đang được tạo). Hãy tải lại sau ít phút.',
  'viewer.preparing':
    'Đang chuẩn bị {count} tệp (bản ẩn danh cho giám khảo). Hãy tải lại trang sau ít phút.',
  'viewer.unavailable': '{count} tệp không thể hiển thị — Ban Thư ký đã được báo và sẽ xử lý.',
  'viewer.pdfTitle': 'Trang báo PDF của tác phẩm {code}',
  'viewer.loadFailed': 'Không tải được tệp. Hãy tải lại trang hoặc mở trong tab mới.',
  'viewer.openNewTab': 'Mở trong tab mới',
  'viewer.download': 'Tải tệp',
  'viewer.unsupported': 'Trình duyệt không hiển thị được loại tệp này. Hãy tải tệp về để xem.',
  'viewer.zoomIn': 'Phóng to',
  'viewer.zoomOut': 'Thu nhỏ',
  'viewer.zoomReset': 'Vừa khung',
  'viewer.zoomLevel': 'Mức phóng: {percent}%',
  'viewer.zoomHelp': 'Phím + / − để phóng to, thu nhỏ; 0 để vừa khung; cuộn chuột để phóng.',
  'viewer.imageAlt': 'Ảnh của tác phẩm {code}, tệp {index}',
  'viewer.mediaFallback': 'Trình duyệt không phát được tệp này.',

  'recuse.button': 'Tránh chấm (xung đột lợi ích)',
  'recuse.title': 'Tránh chấm tác phẩm {code}',
  'recuse.text':
    'Nếu bạn có quan hệ với tác phẩm này (cơ quan của bạn, người thân, tác phẩm của bạn…), hãy tránh chấm. Ban Tổ chức sẽ phân công giám khảo khác.',
  'recuse.reason': 'Lý do',
  'recuse.reasonHint': 'Ví dụ: tác phẩm của cơ quan tôi công tác.',
  'recuse.confirm': 'Tránh chấm',
  'recuse.done': 'Đã tránh chấm tác phẩm {code}.',

  'council.title': 'Tiến độ hội đồng',
  'council.subtitle': 'Bạn là Chủ tịch {council} — {round}, {award}.',
  'council.total': 'Phiếu đã nộp: {submitted}/{assigned}',
  'council.judge': 'Giám khảo',
  'council.panel': 'Tiểu ban',
  'council.submitted': 'Đã nộp',
  'council.assigned': 'Được giao',
  'council.drafts': 'Bản nháp',
  'council.missing': 'Tác phẩm còn thiếu điểm',
  'council.entryCode': 'Mã tác phẩm',
  'council.noneMissing': 'Mọi tác phẩm đã đủ phiếu.',
  'council.behind': 'Chậm',
} as const;

export type JudgingKey = keyof typeof judgingVi;
export type JudgingDictionary = TranslatedDictionary<typeof judgingVi>;
