/**
 * What a generated national edition is made of: the 34 provinces and cities since 1 July 2025, the
 * press agencies of each, Vietnamese names and pen names, and titles. Pure data, picked by index in SQL.
 */
import { normalizePersonName } from '@press-award/domain';

/** The 34 provinces and centrally-run cities after the 2025 merger (Resolution 202/2025/QH15). */
export const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Hải Phòng',
  'Đà Nẵng',
  'Thành phố Hồ Chí Minh',
  'Cần Thơ',
  'Cao Bằng',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
] as const;

/** Central agencies that enter every year beside the provinces' own. */
export const CENTRAL_AGENCIES = [
  'Báo Nhân Dân',
  'Báo Quân đội nhân dân',
  'Tạp chí Cộng sản',
  'Thông tấn xã Việt Nam',
  'Đài Truyền hình Việt Nam',
  'Đài Tiếng nói Việt Nam',
  'Báo Công an nhân dân',
  'Báo Lao Động',
  'Báo Tuổi Trẻ',
  'Báo Thanh Niên',
  'Báo Tiền Phong',
  'Báo Đại đoàn kết',
] as const;

/**
 * Agencies: the central ones, then for each province its Party newspaper (Báo …) and its radio and
 * television station (Đài Phát thanh và Truyền hình …, merged into the newspaper in some provinces,
 * kept apart here). Index = agency number in the SQL.
 */
export const AGENCIES: readonly string[] = [
  ...CENTRAL_AGENCIES,
  ...PROVINCES.flatMap((province) => [
    `Báo ${province}`,
    `Đài Phát thanh và Truyền hình ${province}`,
  ]),
];

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Lương',
  'Mai',
] as const;

export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Ngọc',
  'Quang',
  'Thu',
  'Hồng',
  'Xuân',
  'Kim',
  'Tuấn',
  'Hoài',
  'Bảo',
  'Thế',
] as const;

export const GIVEN_NAMES = [
  'An',
  'Anh',
  'Bình',
  'Châu',
  'Cường',
  'Dũng',
  'Duyên',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Lộc',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Nhung',
  'Phong',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Trung',
  'Tú',
  'Vân',
  'Việt',
  'Vinh',
  'Yến',
] as const;

/** Titles: a subject and a place (the province), as the works of the Party-building award read. */
export const TITLE_SUBJECTS = [
  'Đổi mới phương thức lãnh đạo của Đảng ở cơ sở',
  'Chuyển đổi số trong sinh hoạt chi bộ',
  'Người giữ lửa ở làng biển',
  'Đảng viên trên tuyến đầu chống hạn',
  'Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng',
  'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
  'Sắp xếp bộ máy tinh gọn sau hợp nhất tỉnh',
  'Bí thư chi bộ thôn bản vùng cao',
  'Phòng, chống tham nhũng, tiêu cực từ cơ sở',
  'Kết nạp đảng viên trong doanh nghiệp tư nhân',
  'Chính quyền hai cấp: những ngày đầu vận hành',
  'Tiếng nói từ những chi bộ vùng biên',
] as const;

export const CRITERIA = [
  'Nội dung tư tưởng',
  'Tính phát hiện',
  'Hình thức thể hiện',
  'Tác động xã hội',
  'Kỹ thuật',
  'Ngôn ngữ',
  'Tính thời sự',
] as const;

/** Each list with the normalised form of every item (what entry_authors.normalized_name holds). */
export function normalizedOf(items: readonly string[]): string[] {
  return items.map((item) => normalizePersonName(item));
}
