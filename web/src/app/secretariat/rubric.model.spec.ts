import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import {
  createCriterionForm,
  createRoundForm,
  keyFromName,
  roundClientErrors,
  rubricTotal,
  toRubric,
  type CriterionValue,
} from './rubric.model';

const messages = {
  required: 'REQUIRED',
  keyInvalid: 'KEY',
  positive: 'POSITIVE',
  range: 'RANGE',
  fieldMessage: (code: string) => `FIELD:${code}`,
};
const criterion = (value: Partial<CriterionValue>): CriterionValue => ({
  key: 'noi_dung',
  name: 'Nội dung',
  maxScore: 5,
  step: 0.25,
  weight: null,
  ...value,
});
const round = (criteria: CriterionValue[]) => ({
  name: 'Vòng sơ khảo',
  order: 1,
  judgesPerEntry: 2,
  criteria,
});

describe('rubric model', () => {
  it('should total the maximum scores exactly and ignore empty rows', () => {
    expect(rubricTotal([{ maxScore: 5 }, { maxScore: 3 }, { maxScore: 2 }])).toBe(10);
    expect(rubricTotal([{ maxScore: 0.1 }, { maxScore: 0.2 }])).toBe(0.3);
    expect(rubricTotal([{ maxScore: null }, { maxScore: 4 }, { maxScore: -1 }])).toBe(4);
    expect(rubricTotal([])).toBe(0);
  });

  it('should derive an API-valid, unique key from a Vietnamese name', () => {
    expect(keyFromName('Nội dung tư tưởng', [])).toBe('noi_dung_tu_tuong');
    expect(keyFromName('Đổi mới', [])).toBe('doi_moi');
    expect(keyFromName('Nội dung', ['noi_dung'])).toBe('noi_dung_2');
    expect(keyFromName('10 điểm', [])).toBe('diem');
    expect(keyFromName('!!!', [])).toBe('tieu_chi');
    expect(keyFromName('a'.repeat(60), [])).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
  });

  it('should accept the 10-point rubric (content 5 + craft 5 in steps of 0.25)', () => {
    expect(
      roundClientErrors(
        round([criterion({}), criterion({ key: 'hinh_thuc', name: 'Hình thức' })]),
        messages,
      ),
    ).toEqual([]);
  });

  it('should place a step that does not divide the maximum on rubric.criteria.N.step, as the API does', () => {
    const errors = roundClientErrors(
      round([criterion({}), criterion({ key: 'tac_dong', maxScore: 2, step: 0.3 })]),
      messages,
    );
    expect(errors).toEqual([
      {
        field: 'rubric.criteria.1.step',
        code: 'STEP_DOES_NOT_DIVIDE_MAX',
        message: 'FIELD:STEP_DOES_NOT_DIVIDE_MAX',
      },
    ]);
  });

  it('should report bad keys, duplicates, missing names and non-positive numbers on their rows', () => {
    const errors = roundClientErrors(
      {
        name: ' ',
        order: 0,
        judgesPerEntry: 2,
        criteria: [
          criterion({ key: 'Bad Key', name: '', maxScore: 0 }),
          criterion({}),
          criterion({}),
        ],
      },
      messages,
    );
    const fields = errors.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'order',
        'rubric.criteria.0.key',
        'rubric.criteria.0.name',
        'rubric.criteria.0.maxScore',
      ]),
    );
    expect(fields).not.toContain('judgesPerEntry');
    // Duplicates are checked only once every row has numbers; here row 0 has none.
    expect(roundClientErrors(round([criterion({}), criterion({})]), messages)).toEqual([
      expect.objectContaining({ field: 'rubric.criteria.1.key', code: 'DUPLICATE_CODE' }),
    ]);
  });

  it('should require at least one criterion', () => {
    expect(roundClientErrors(round([]), messages)).toEqual([
      expect.objectContaining({ field: 'rubric.criteria' }),
    ]);
  });

  it('should build the request rubric with numbers and the weight only when set', () => {
    expect(
      toRubric([criterion({ name: ' Nội dung ', weight: 2 }), criterion({ key: 'hinh_thuc' })]),
    ).toEqual({
      criteria: [
        { key: 'noi_dung', name: 'Nội dung', maxScore: 5, step: 0.25, weight: 2 },
        { key: 'hinh_thuc', name: 'Nội dung', maxScore: 5, step: 0.25 },
      ],
    });
  });

  it('should build forms whose raw value feeds the checks', () => {
    const fb = TestBed.inject(NonNullableFormBuilder);
    const form = createRoundForm(fb, 2);
    form.controls.criteria.push(
      createCriterionForm(fb, { key: 'noi_dung', name: 'Nội dung', maxScore: 5, step: 0.25 }),
    );
    form.controls.name.setValue('Vòng chung khảo');
    expect(form.getRawValue().order).toBe(2);
    expect(roundClientErrors(form.getRawValue(), messages)).toEqual([]);
  });
});
