import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegisterDto } from './auth.dto';
import { CoveringLetterFieldsDto, CreateBatchDto } from './batch.dto';

const failed = <T extends object>(type: new () => T, input: object) =>
  validateSync(plainToInstance(type, input), { whitelist: true, forbidNonWhitelisted: true })
    .map((error) => error.property)
    .sort();

describe(CoveringLetterFieldsDto.name, () => {
  it('should take the number and symbol as Vietnamese letters write them, and a calendar date', () => {
    for (const number of ['45-CV/BTCTU', '112/CV-BGL', '07-CV/BTGTU', 'Số 3'])
      expect(failed(CoveringLetterFieldsDto, { number, issuedOn: '2025-10-05' })).toEqual([]);
  });

  it('should refuse markup, blanks, odd spacing, other date forms and unknown fields', () => {
    for (const number of ['<b>45</b>', '   ', '45  CV', '-45', 'x'.repeat(51)])
      expect(failed(CoveringLetterFieldsDto, { number, issuedOn: '2025-10-05' })).toEqual([
        'number',
      ]);
    expect(
      failed(CoveringLetterFieldsDto, { number: '45-CV/BTCTU', issuedOn: '05/10/2025' }),
    ).toEqual(['issuedOn']);
    expect(
      failed(CoveringLetterFieldsDto, { number: '45-CV', issuedOn: '2025-10-05', kind: 'work' }),
    ).toEqual(['kind']);
  });
});

describe(CreateBatchDto.name, () => {
  it('should need a title', () => {
    expect(failed(CreateBatchDto, { title: 'Đợt 1' })).toEqual([]);
    expect(failed(CreateBatchDto, {})).toEqual(['title']);
    expect(failed(CreateBatchDto, { title: '  ' })).toEqual(['title']);
  });
});

describe('RegisterDto: organization accounts', () => {
  const person = { email: 'a@example.vn', password: 'đủ-dài-rồi-nhé', fullName: 'Lê Văn Minh' };

  it('should need the organization’s name only for an organization account', () => {
    expect(failed(RegisterDto, person)).toEqual([]);
    expect(failed(RegisterDto, { ...person, organizationName: '' })).toEqual([]);
    expect(failed(RegisterDto, { ...person, accountKind: 'organization' })).toEqual([
      'organizationName',
    ]);
    expect(
      failed(RegisterDto, { ...person, accountKind: 'organization', organizationName: '  ' }),
    ).toEqual(['organizationName']);
    expect(
      failed(RegisterDto, {
        ...person,
        accountKind: 'organization',
        organizationName: 'Báo Gia Lai',
      }),
    ).toEqual([]);
    expect(failed(RegisterDto, { ...person, accountKind: 'agency' })).toEqual(['accountKind']);
  });
});
