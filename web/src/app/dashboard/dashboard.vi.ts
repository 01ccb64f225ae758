import type { TranslatedDictionary } from '../core/i18n/plural';

/**
 * Vietnamese words of the organizer dashboard. They live with the feature so its lazy chunk carries
 * them; `en` must have the same keys (the compiler checks through `DashboardDictionary`, a unit
 * test checks placeholders).
 */
export const dashboardVi = {
  'dashboard.title': 'Tổng quan giải',
  'dashboard.subtitle':
    'Số liệu tác phẩm, tiến độ chấm, phân bố điểm của từng giám khảo và cơ cấu giải. Chỉ Ban Tổ chức và Ban Thư ký xem được.',
  'dashboard.refresh': 'Cập nhật số liệu',
  'dashboard.showTable': 'Xem bảng số liệu',
  'dashboard.hideTable': 'Ẩn bảng số liệu',
  'dashboard.chartAlt': '{caption}. Số liệu chi tiết có trong bảng đi kèm.',

  'entries.title': 'Tác phẩm theo loại hình báo chí',
  'entries.caption': 'Số tác phẩm đã nộp theo loại hình và trạng thái (không tính bản nháp)',
  'entries.empty': 'Chưa có tác phẩm nào được nộp.',
  'entries.mediaType': 'Loại hình',
  'entries.total': 'Tổng',
  'entries.grandTotal': 'Tổng số tác phẩm đã nộp: {count}',

  'progress.title': 'Tiến độ chấm theo vòng và tiểu ban',
  'progress.caption':
    'Tỷ lệ phiếu chấm đã nộp trên số phiếu được phân công, theo từng vòng và tiểu ban',
  'progress.empty': 'Chưa có vòng chấm nào.',
  'progress.round': 'Vòng',
  'progress.panel': 'Tiểu ban',
  'progress.submitted': 'Phiếu đã nộp',
  'progress.assigned': 'Phiếu được giao',
  'progress.percent': 'Tỷ lệ hoàn thành (%)',
  'progress.none': 'Chưa phân công',
  'progress.wholeCouncil': 'Cả hội đồng',
  'progress.outsidePanels': 'Ngoài các tiểu ban',
  'progress.tooltip': '{submitted}/{assigned} phiếu ({percent})',

  'histogram.title': 'Phân bố điểm của từng giám khảo',
  'histogram.caption': 'Số phiếu đã nộp của {judge} ({round}) theo khoảng tổng điểm',
  'histogram.empty': 'Chưa có phiếu chấm nào được nộp.',
  'histogram.judge': 'Giám khảo',
  'histogram.judgeOption': '{judge} — {count} phiếu',
  'histogram.range': 'Khoảng điểm',
  'histogram.sheets': 'Số phiếu',
  'histogram.hint': 'So sánh để nhận ra giám khảo chấm quá chặt hoặc quá rộng tay so với hội đồng.',

  'tiers.title': 'Cơ cấu giải: đã trao so với dự kiến',
  'tiers.caption': 'Số giải đang có hiệu lực của từng hạng so với số lượng dự kiến',
  'tiers.empty': 'Giải chưa khai báo cơ cấu giải.',
  'tiers.tier': 'Hạng giải',
  'tiers.current': 'Đã trao (còn hiệu lực)',
  'tiers.target': 'Dự kiến',
  'tiers.difference': 'Chênh lệch',
  'tiers.note':
    'Số dự kiến là chỉ tiêu, không phải giới hạn cứng. Giải bị thu hồi hoặc tác phẩm bị rút sau khiếu nại không được tính.',
} as const;

export type DashboardDictionary = TranslatedDictionary<typeof dashboardVi>;
export type DashboardKey = keyof typeof dashboardVi;
