import type { TranslatedDictionary } from '../core/i18n/plural';

/** Vietnamese words of the steering committee's approval page (docs/councils.md). */
export const approvalVi = {
  'approval.title': 'Phê duyệt danh sách giải',
  'approval.subtitle':
    'Ban Chỉ đạo xem danh sách đề nghị tặng giải và cho ý kiến phê duyệt trước khi Ban Tổ chức ra quyết định tặng giải.',
  'approval.back': 'Trang giải',
  'approval.works': 'Tác phẩm đề nghị tặng giải',
  'approval.worksCount': '{count} tác phẩm',
  'approval.noWorks': 'Chưa có tác phẩm nào được đề nghị tặng giải.',
  'approval.code': 'Mã',
  'approval.workTitle': 'Tên tác phẩm',
  'approval.tier': 'Giải',
  'approval.topicPrizes': 'Giải chuyên đề',
  'approval.collective': 'Tập thể đề nghị khen thưởng',
  'approval.noCollective': 'Không có tập thể nào.',
  'approval.organization': 'Tập thể',
  'approval.form': 'Hình thức',
  'approval.collectiveTier.collective_prize': 'Giải tập thể',
  'approval.collectiveTier.merit': 'Bằng khen',
  'approval.collectiveTier.commendation': 'Giấy khen',
  'approval.citation': 'Thành tích',
  'approval.approvals': 'Ý kiến phê duyệt',
  'approval.summary': '{current}/{members} thành viên Ban Chỉ đạo đã phê duyệt danh sách hiện tại',
  'approval.none': 'Chưa có thành viên nào phê duyệt.',
  'approval.member': 'Thành viên',
  'approval.at': 'Thời điểm',
  'approval.note': 'Ghi chú',
  'approval.state': 'Tình trạng',
  'approval.current': 'Đúng danh sách hiện tại',
  'approval.outdated': 'Danh sách đã thay đổi sau khi phê duyệt',
  'approval.hash': 'Mã băm SHA-256 của danh sách hiện tại: {hash}',
  'approval.approve': 'Phê duyệt danh sách',
  'approval.approving': 'Đang ghi nhận…',
  'approval.noteLabel': 'Ý kiến (không bắt buộc)',
  'approval.noteTooLong': 'Ý kiến tối đa {max} ký tự.',
  'approval.approved': 'Đã ghi nhận ý kiến phê duyệt của bạn.',
  'approval.alreadyApproved': 'Bạn đã phê duyệt danh sách hiện tại.',
  'approval.closed':
    'Chỉ phê duyệt được khi giải đã có kết quả và chưa công bố. Trạng thái hiện tại: {status}.',
  'approval.notSteering':
    'Chỉ thành viên Ban Chỉ đạo của giải mới phê duyệt danh sách; bạn có thể xem.',
  'approval.status': 'Phê duyệt của Ban Chỉ đạo',
  'approval.statusLine': '{current}/{members} thành viên đã phê duyệt danh sách hiện tại',
  'approval.open': 'Xem trang phê duyệt',
} as const satisfies Record<string, string>;

export type ApprovalKey = keyof typeof approvalVi;
export type ApprovalDictionary = TranslatedDictionary<typeof approvalVi>;
