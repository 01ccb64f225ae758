import type { CreateCollectivePrizeDto } from '@press-award/contracts/dto';

/**
 * Collectives the provincial committees honour (docs/collective-prizes.md): the press agencies whose
 * works carried the award, and the Party bodies that spread it. Bình Định 2020 keeps the districts
 * and towns of then (An Nhơn was a town, thị xã); Gia Lai 2025 has no district level since
 * 1 July 2025, so its honours go to provincial bodies, with the merged agency's name.
 */
export const BINH_DINH_2020_COLLECTIVE_PRIZES: CreateCollectivePrizeDto[] = [
  {
    organizationName: 'Báo Bình Định',
    tierCode: 'collective_prize',
    citation:
      'Tham gia Giải với nhiều tác phẩm chất lượng; mở chuyên mục xây dựng Đảng trên báo in và báo điện tử, tuyên truyền sâu rộng về Giải.',
  },
  {
    organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
    tierCode: 'collective_prize',
    citation:
      'Có nhiều tác phẩm phát thanh, truyền hình về công tác xây dựng Đảng ở cơ sở; phát sóng thông tin về thể lệ và kết quả Giải.',
  },
  {
    organizationName: 'Ban Tổ chức Thị ủy An Nhơn',
    tierCode: 'commendation',
    citation:
      'Phối hợp tốt trong việc tuyên truyền, phát động và cung cấp thông tin cho phóng viên viết về công tác tổ chức xây dựng Đảng.',
  },
  {
    organizationName: 'Ban Tổ chức Huyện ủy Tuy Phước',
    tierCode: 'commendation',
    citation:
      'Hưởng ứng tích cực Giải, giới thiệu nhiều mô hình, điển hình về xây dựng tổ chức cơ sở đảng để báo chí phản ánh.',
  },
];

export const GIA_LAI_2025_COLLECTIVE_PRIZES: CreateCollectivePrizeDto[] = [
  {
    organizationName: 'Báo và Phát thanh, Truyền hình Gia Lai',
    tierCode: 'collective_prize',
    citation:
      'Đơn vị có nhiều tác phẩm đoạt giải; tuyên truyền thường xuyên về Giải trên các nền tảng báo in, điện tử, phát thanh và truyền hình trong năm sắp xếp, hợp nhất.',
  },
  {
    organizationName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai',
    tierCode: 'commendation',
    citation: 'Phối hợp tổ chức và định hướng tuyên truyền về Giải trên địa bàn tỉnh.',
  },
  {
    organizationName: 'Hội Nhà báo tỉnh Gia Lai',
    tierCode: 'commendation',
    citation: 'Vận động hội viên tham gia Giải, phối hợp tổ chức Hội đồng chấm giải.',
  },
];
