import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { I18nService } from '../core/i18n/i18n.service';
import {
  PRIZE_TEMPLATE_2020,
  awardClientErrors,
  createAwardForm,
  createTierForm,
  defaultConditionYears,
  defaultEditionYear,
  defaultRules,
  rulesChanged,
  toAwardInput,
  toFormErrors,
  toRules,
} from './award-form.model';

function setup() {
  localStorage.clear();
  const fb = TestBed.inject(NonNullableFormBuilder);
  const form = createAwardForm(fb);
  form.patchValue({ name: 'Giải Búa liềm vàng', edition: 5, year: 2020 });
  form.controls.rules.patchValue({
    publicationFrom: '2019-11-01',
    publicationTo: '2020-10-31',
    submissionDeadline: '2020-11-10T17:00',
  });
  return { fb, form, i18n: TestBed.inject(I18nService) };
}

describe('award form model', () => {
  it('should accept the 2020 national rules and send the deadline with its offset', () => {
    const { form, i18n } = setup();
    expect(awardClientErrors(form.getRawValue(), [], i18n)).toEqual([]);

    const input = toAwardInput(form.getRawValue(), []);
    expect(input.rules.submissionDeadline).toBe('2020-11-10T17:00:00+07:00');
    expect(input.rules.files.tv).toEqual({
      maxBytes: 4096 * 1024 * 1024,
      types: ['video/mp4', 'video/quicktime'],
    });
    expect(input.organizerName).toBeUndefined();
  });

  it('should report an inverted publication window on publicationTo, with the contracts text', () => {
    const { form, i18n } = setup();
    form.controls.rules.controls.publicationTo.setValue('2019-01-01');

    const errors = awardClientErrors(form.getRawValue(), [], i18n);
    expect(errors).toContainEqual(
      expect.objectContaining({
        field: 'rules.publicationTo',
        code: 'PUBLICATION_WINDOW_INVERTED',
        message: 'Ngày kết thúc thời gian đăng/phát phải sau ngày bắt đầu.',
      }),
    );
  });

  it('should name the megabytes input for a missing size and ask for at least one format', () => {
    const { form, i18n } = setup();
    form.controls.rules.controls.files.controls.radio.patchValue({ maxMegabytes: null, types: [] });

    const fields = awardClientErrors(form.getRawValue(), [], i18n).map((error) => [
      error.field,
      error.code,
    ]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['rules.files.radio.maxMegabytes', 'REQUIRED'],
        ['rules.files.radio.types', 'REQUIRED'],
      ]),
    );
  });

  it('should refuse duplicate tier codes, a missing label and Vietnamese without vi', () => {
    const { fb, form, i18n } = setup();
    form.controls.prizeTiers.push(
      createTierForm(fb, { code: 'A', label: 'Giải A', targetCount: 5 }),
    );
    form.controls.prizeTiers.push(createTierForm(fb, { code: 'A', label: '', targetCount: 5 }));
    form.controls.rules.controls.languages.setValue(['tyz']);

    const fields = awardClientErrors(form.getRawValue(), [], i18n).map(
      (error) => `${error.field}:${error.code}`,
    );
    expect(fields).toContain('prizeTiers.1.code:DUPLICATE_CODE');
    expect(fields).toContain('prizeTiers.1.label:REQUIRED');
    expect(fields).toContain('rules.languages:LANGUAGE_REQUIRED');
    expect(fields).not.toContain('prizeTiers.0.code:DUPLICATE_CODE');
  });

  it('should send a tier threshold only when filled, and never on topic prizes', () => {
    const { fb, form, i18n } = setup();
    form.controls.prizeTiers.push(
      createTierForm(fb, { code: 'NHAT', label: 'Giải Nhất', targetCount: 1, minScore: 8.75 }),
    );
    form.controls.prizeTiers.push(
      createTierForm(fb, { code: 'NHI', label: 'Giải Nhì', targetCount: 2 }),
    );
    form.controls.prizeTiers.push(
      createTierForm(fb, { code: 'BA', label: 'Giải Ba', targetCount: 3, minScore: null }),
    );
    form.controls.topicPrizes.push(createTierForm(fb, { code: 'TRE', label: 'Tác giả trẻ' }));
    form.controls.topicPrizes.at(0).controls.minScore.setValue(9);
    expect(form.controls.prizeTiers.at(0).controls.minScore.value).toBe(8.75);

    expect(awardClientErrors(form.getRawValue(), [], i18n)).toEqual([]);
    const input = toAwardInput(form.getRawValue(), []);
    expect(input.prizeTiers).toEqual([
      { code: 'NHAT', label: 'Giải Nhất', targetCount: 1, minScore: 8.75 },
      { code: 'NHI', label: 'Giải Nhì', targetCount: 2 },
      { code: 'BA', label: 'Giải Ba', targetCount: 3 },
    ]);
    expect(input.prizeTiers?.[1]).not.toHaveProperty('minScore');
    expect(input.topicPrizes).toEqual([{ code: 'TRE', label: 'Tác giả trẻ' }]);
  });

  it('should place threshold errors on the offending tier, in the UI language', () => {
    const { fb, form, i18n } = setup();
    const tiers = [
      { code: 'NHAT', label: 'Giải Nhất', targetCount: 1, minScore: 8 },
      { code: 'NHI', label: 'Giải Nhì', targetCount: 2, minScore: 8.5 },
      { code: 'BA', label: 'Giải Ba', targetCount: 3, minScore: 10.5 },
      { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5, minScore: 6.125 },
    ];
    for (const tier of tiers) form.controls.prizeTiers.push(createTierForm(fb, tier));

    const errors = awardClientErrors(form.getRawValue(), [], i18n);
    expect(errors.map((error) => `${error.field}:${error.code}`)).toEqual([
      'prizeTiers.1.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
      'prizeTiers.2.minScore:TIER_MIN_SCORE_OUT_OF_RANGE',
      'prizeTiers.3.minScore:TIER_MIN_SCORE_TOO_PRECISE',
    ]);
    expect(errors[0]?.message).toBe('Điểm gợi ý không được cao hơn điểm gợi ý của giải xếp trên.');
    i18n.setLanguage('en');
    expect(awardClientErrors(form.getRawValue(), [], i18n)[1]?.message).toBe(
      'The suggestion threshold must be a number from 0 to 10 (10-point scale).',
    );
  });

  it('should start the 2020 template with the conventional thresholds, which pass the shared check', () => {
    const { fb, form, i18n } = setup();
    for (const tier of PRIZE_TEMPLATE_2020) form.controls.prizeTiers.push(createTierForm(fb, tier));
    expect(awardClientErrors(form.getRawValue(), [], i18n)).toEqual([]);
    expect(
      toAwardInput(form.getRawValue(), []).prizeTiers?.map(
        (tier) => `${tier.code}:${tier.minScore}`,
      ),
    ).toEqual(['DB:9.5', 'A:9', 'B:8', 'C:7', 'KK:6']);
  });

  it('should refuse a category whose media type has no file rule', () => {
    const { form, i18n } = setup();
    form.controls.rules.controls.files.controls.photo.controls.enabled.setValue(false);

    const errors = awardClientErrors(
      form.getRawValue(),
      [{ code: 'ANH', name: 'Ảnh', mediaType: 'photo' }],
      i18n,
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ field: 'categories.0', code: 'MEDIA_TYPE_HAS_NO_FILE_RULE' }),
    );
  });

  it('should keep a topic prize condition through the form, and send none when none is chosen', () => {
    const { fb, form, i18n } = setup();
    form.controls.topicPrizes.push(
      createTierForm(fb, {
        code: 'CAO_TUOI',
        label: 'Tác giả cao tuổi',
        condition: { kind: 'authorAgeAtLeast', years: 70 },
      }),
    );
    form.controls.topicPrizes.push(
      createTierForm(fb, {
        code: 'KIEU_BAO',
        label: 'Tác giả là người Việt Nam ở nước ngoài',
        condition: { kind: 'overseasAuthor' },
      }),
    );
    form.controls.topicPrizes.push(createTierForm(fb, { code: 'DAI_HOI', label: 'Đại hội Đảng' }));
    expect(awardClientErrors(form.getRawValue(), [], i18n)).toEqual([]);
    expect(toAwardInput(form.getRawValue(), []).topicPrizes).toEqual([
      {
        code: 'CAO_TUOI',
        label: 'Tác giả cao tuổi',
        condition: { kind: 'authorAgeAtLeast', years: 70 },
      },
      {
        code: 'KIEU_BAO',
        label: 'Tác giả là người Việt Nam ở nước ngoài',
        condition: { kind: 'overseasAuthor' },
      },
      { code: 'DAI_HOI', label: 'Đại hội Đảng' },
    ]);
    // Years stay out of a condition that has none, even if the field still holds a number.
    form.controls.topicPrizes.at(0).patchValue({ conditionKind: 'overseasAuthor' });
    expect(toAwardInput(form.getRawValue(), []).topicPrizes?.[0]).toEqual({
      code: 'CAO_TUOI',
      label: 'Tác giả cao tuổi',
      condition: { kind: 'overseasAuthor' },
    });
    form.controls.topicPrizes.at(0).patchValue({ conditionKind: '' });
    expect(toAwardInput(form.getRawValue(), []).topicPrizes?.[0]).toEqual({
      code: 'CAO_TUOI',
      label: 'Tác giả cao tuổi',
    });
  });

  it('should ask for the age of an age condition on its own field, as the API would', () => {
    const { fb, form, i18n } = setup();
    form.controls.topicPrizes.push(createTierForm(fb, { code: 'TRE', label: 'Tác giả trẻ' }));
    form.controls.topicPrizes
      .at(0)
      .patchValue({ conditionKind: 'authorYoungerThan', conditionYears: null });
    expect(
      awardClientErrors(form.getRawValue(), [], i18n).map(
        (error) => `${error.field}:${error.code}`,
      ),
    ).toEqual(['topicPrizes.0.conditionYears:REQUIRED']);
    form.controls.topicPrizes.at(0).patchValue({ conditionYears: 0 });
    expect(
      awardClientErrors(form.getRawValue(), [], i18n).map(
        (error) => `${error.field}:${error.code}`,
      ),
    ).toEqual(['topicPrizes.0.conditionYears:OUT_OF_RANGE']);
    expect(
      toFormErrors([
        {
          field: 'topicPrizes.0.condition.kind',
          code: 'TOPIC_PRIZE_CONDITION_UNKNOWN',
          message: 'x',
        },
      ])[0]?.field,
    ).toBe('topicPrizes.0.conditionKind');
    expect(defaultConditionYears('authorAgeAtLeast')).toBe(70);
    expect(defaultConditionYears('authorYoungerThan')).toBe(18);
  });

  it("should send the award's place only when given, trimmed", () => {
    const { form } = setup();
    expect(toAwardInput(form.getRawValue(), []).place).toBeUndefined();
    form.patchValue({ place: '  Quy Nhơn ' });
    expect(toAwardInput(form.getRawValue(), []).place).toBe('Quy Nhơn');
  });

  it('should see unchanged rules as unchanged whatever the key order or offset', () => {
    const { form } = setup();
    const rules = toRules(form.getRawValue().rules);
    const stored = JSON.parse(
      JSON.stringify({ ...rules, submissionDeadline: '2020-11-10T10:00:00.000Z' }),
    );
    expect(rulesChanged(stored, rules)).toBe(false);
    expect(rulesChanged(stored, { ...rules, maxCoAuthors: 10 })).toBe(true);
  });
});

describe(defaultEditionYear.name, () => {
  it("should offer next year once this year's 10 November deadline has passed, in Vietnam time", () => {
    expect(defaultEditionYear(new Date('2026-11-10T09:59:59Z'))).toBe(2026);
    expect(defaultEditionYear(new Date('2026-11-10T10:00:01Z'))).toBe(2027);
    expect(defaultEditionYear(new Date('2026-11-26T00:00:00Z'))).toBe(2027);
    // 31 December 20:00 UTC is already 1 January in Vietnam.
    expect(defaultEditionYear(new Date('2026-12-31T20:00:00Z'))).toBe(2027);
    expect(
      Date.parse(
        defaultRules(defaultEditionYear(new Date('2026-11-26T00:00:00Z'))).submissionDeadline,
      ),
    ).toBeGreaterThan(Date.parse('2026-11-26T00:00:00Z'));
  });
});
