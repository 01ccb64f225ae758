import type { AuthorRole, AwardStatus, PrizeStanding, UiLanguage } from '@press-award/contracts';

/**
 * Every word the results files and certificates print, Vietnamese first. The files are read away from
 * the web app (printed, forwarded, archived), so their wording lives here rather than in its dictionary;
 * the role and status words are the same as the web app's.
 */
export interface ResultsLabels {
  /** File names: an ASCII stem for old clients, a title for the real (Vietnamese) name. */
  fileStem: string;
  fileTitle: string;
  certificateFileStem: string;
  certificateFileTitle: string;
  standing: Record<PrizeStanding, string>;
  awardStatus: Record<AwardStatus, string>;
  authorRole: Record<AuthorRole, string>;
  penName: (name: string) => string;
  columns: {
    index: string;
    category: string;
    tier: string;
    topicPrizes: string;
    code: string;
    receiptNumber: string;
    title: string;
    authors: string;
    agency: string;
    score: string;
    standing: string;
  };
  summary: {
    sheetName: string;
    award: string;
    organizer: string;
    status: string;
    exportedAt: string;
    tiers: string;
    topicPrizes: string;
    label: string;
    planned: string;
    awarded: string;
    revoked: string;
    withdrawn: string;
    total: string;
    noTier: string;
  };
  list: {
    heading: string;
    draft: (exportedAt: string) => string;
    topicPrize: string;
    entries: (count: number) => string;
    empty: string;
    page: (page: number, pages: number) => string;
  };
  certificate: {
    heading: string;
    organizerFallback: string;
    certifies: string;
    author: string;
    authors: string;
    agency: string;
    category: string;
    won: string;
    topicPrizes: string;
    signatory: string;
    /** Before the certificate's own number ("Số: 12-GCN/BTCTU"). */
    number: string;
    receiptNumber: string;
    code: string;
  };
}

export const RESULTS_LABELS: Record<UiLanguage, ResultsLabels> = {
  vi: {
    fileStem: 'ket-qua',
    fileTitle: 'Kết quả',
    certificateFileStem: 'giay-chung-nhan',
    certificateFileTitle: 'Giấy chứng nhận',
    standing: { awarded: 'Đoạt giải', revoked: 'Thu hồi giải', withdrawn: 'Rút tác phẩm' },
    awardStatus: {
      draft: 'Bản nháp',
      open: 'Đang nhận tác phẩm',
      closed: 'Đã đóng nhận tác phẩm',
      judging: 'Đang chấm',
      decided: 'Đã có kết quả',
      published: 'Đã công bố',
    },
    authorRole: {
      author: 'Tác giả chính',
      co_author: 'Đồng tác giả',
      script: 'Kịch bản',
      editor: 'Biên tập',
      camera: 'Quay phim',
      presenter: 'Dẫn chương trình',
      photographer: 'Nhiếp ảnh',
      translator: 'Biên dịch',
      other: 'Khác',
    },
    penName: (name) => `(bút danh ${name})`,
    columns: {
      index: 'STT',
      category: 'Hạng mục',
      tier: 'Hạng giải',
      topicPrizes: 'Giải chuyên đề',
      code: 'Mã tác phẩm',
      receiptNumber: 'Số biên nhận',
      title: 'Tên tác phẩm',
      authors: 'Tác giả',
      agency: 'Cơ quan báo chí',
      score: 'Điểm',
      standing: 'Tình trạng',
    },
    summary: {
      sheetName: 'Tổng hợp',
      award: 'Giải',
      organizer: 'Cơ quan tổ chức',
      status: 'Trạng thái',
      exportedAt: 'Thời điểm xuất',
      tiers: 'Cơ cấu giải',
      topicPrizes: 'Giải chuyên đề',
      label: 'Giải',
      planned: 'Số lượng dự kiến',
      awarded: 'Số giải trao',
      revoked: 'Thu hồi giải',
      withdrawn: 'Rút tác phẩm',
      total: 'Tổng cộng',
      noTier: '(chỉ giải chuyên đề)',
    },
    list: {
      heading: 'DANH SÁCH TÁC PHẨM ĐOẠT GIẢI',
      draft: (exportedAt) => `DỰ THẢO – kết quả chưa được công bố (xuất lúc ${exportedAt})`,
      topicPrize: 'Giải chuyên đề',
      entries: (count) => `${count} tác phẩm`,
      empty: 'Chưa có tác phẩm nào đoạt giải.',
      page: (page, pages) => `Trang ${page}/${pages}`,
    },
    certificate: {
      heading: 'GIẤY CHỨNG NHẬN',
      organizerFallback: 'BAN TỔ CHỨC GIẢI',
      certifies: 'Chứng nhận tác phẩm',
      author: 'Tác giả',
      authors: 'Nhóm tác giả',
      agency: 'Cơ quan báo chí',
      category: 'Hạng mục',
      won: 'Đã đoạt',
      topicPrizes: 'Giải chuyên đề',
      signatory: 'TM. BAN TỔ CHỨC',
      number: 'Số',
      receiptNumber: 'Số biên nhận',
      code: 'Mã tác phẩm',
    },
  },
  en: {
    fileStem: 'results',
    fileTitle: 'Results',
    certificateFileStem: 'certificate',
    certificateFileTitle: 'Certificate',
    standing: { awarded: 'Awarded', revoked: 'Prize revoked', withdrawn: 'Work withdrawn' },
    awardStatus: {
      draft: 'Draft',
      open: 'Open for entries',
      closed: 'Closed for entries',
      judging: 'Judging',
      decided: 'Results decided',
      published: 'Published',
    },
    authorRole: {
      author: 'Lead author',
      co_author: 'Co-author',
      script: 'Script',
      editor: 'Editing',
      camera: 'Camera',
      presenter: 'Presenter',
      photographer: 'Photographer',
      translator: 'Translator',
      other: 'Other',
    },
    penName: (name) => `(pen name ${name})`,
    columns: {
      index: 'No.',
      category: 'Category',
      tier: 'Tier',
      topicPrizes: 'Topic prizes',
      code: 'Entry code',
      receiptNumber: 'Receipt number',
      title: 'Title',
      authors: 'Authors',
      agency: 'Press agency',
      score: 'Score',
      standing: 'Standing',
    },
    summary: {
      sheetName: 'Summary',
      award: 'Award',
      organizer: 'Organizing body',
      status: 'Status',
      exportedAt: 'Exported at',
      tiers: 'Prize structure',
      topicPrizes: 'Topic prizes',
      label: 'Prize',
      planned: 'Planned',
      awarded: 'Awarded',
      revoked: 'Revoked',
      withdrawn: 'Withdrawn',
      total: 'Total',
      noTier: '(topic prizes only)',
    },
    list: {
      heading: 'LIST OF AWARD-WINNING WORKS',
      draft: (exportedAt) => `DRAFT – results not yet published (exported ${exportedAt})`,
      topicPrize: 'Topic prize',
      entries: (count) => (count === 1 ? '1 work' : `${count} works`),
      empty: 'No work has won a prize yet.',
      page: (page, pages) => `Page ${page}/${pages}`,
    },
    certificate: {
      heading: 'CERTIFICATE',
      organizerFallback: 'ORGANIZING COMMITTEE',
      certifies: 'This certifies that the work',
      author: 'Author',
      authors: 'Authors',
      agency: 'Press agency',
      category: 'Category',
      won: 'has won',
      topicPrizes: 'Topic prize',
      signatory: 'FOR THE ORGANIZING COMMITTEE',
      number: 'No.',
      receiptNumber: 'Receipt number',
      code: 'Entry code',
    },
  },
};
