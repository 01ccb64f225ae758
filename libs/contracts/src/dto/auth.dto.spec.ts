import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegisterDto } from './auth.dto';

const check = (input: object) => {
  const dto = plainToInstance(RegisterDto, input);
  return { dto, failed: validateSync(dto).map((error) => error.property) };
};

describe(RegisterDto.name, () => {
  it('should normalise the email and trim names (NFC)', () => {
    const { dto, failed } = check({
      email: ' Nhung@Example.VN ',
      password: 'đủ-dài-rồi-nhé',
      fullName: '  Đặng Thị Hồng Nhung ',
    });
    expect(failed).toEqual([]);
    expect(dto.email).toBe('nhung@example.vn');
    expect(dto.fullName).toBe('Đặng Thị Hồng Nhung'.normalize('NFC'));
  });

  it('should refuse short passwords, bad emails, blank names and odd phones', () => {
    expect(
      check({ email: 'x@', password: 'short', fullName: '   ', phone: 'call me' }).failed.sort(),
    ).toEqual(['email', 'fullName', 'password', 'phone']);
  });
});
