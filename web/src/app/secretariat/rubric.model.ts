import {
  FormControl,
  type FormArray,
  type FormGroup,
  type NonNullableFormBuilder,
} from '@angular/forms';
import type { FieldError, Rubric, RubricCriterion } from '@press-award/contracts';
import { rubricIssues } from '@press-award/domain';

export const RUBRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

export type CriterionForm = FormGroup<{
  key: FormControl<string>;
  name: FormControl<string>;
  maxScore: FormControl<number | null>;
  step: FormControl<number | null>;
  weight: FormControl<number | null>;
}>;

export type RoundForm = FormGroup<{
  name: FormControl<string>;
  order: FormControl<number | null>;
  judgesPerEntry: FormControl<number | null>;
  criteria: FormArray<CriterionForm>;
}>;

export interface CriterionValue {
  key: string;
  name: string;
  maxScore: number | null;
  step: number | null;
  weight: number | null;
}

export function createCriterionForm(
  fb: NonNullableFormBuilder,
  value?: Partial<CriterionValue>,
): CriterionForm {
  return fb.group({
    key: fb.control(value?.key ?? ''),
    name: fb.control(value?.name ?? ''),
    maxScore: new FormControl<number | null>(value?.maxScore ?? null),
    step: new FormControl<number | null>(value?.step ?? null),
    weight: new FormControl<number | null>(value?.weight ?? null),
  });
}

export function createRoundForm(fb: NonNullableFormBuilder, nextOrder: number): RoundForm {
  return fb.group({
    name: fb.control(''),
    order: new FormControl<number | null>(nextOrder),
    judgesPerEntry: new FormControl<number | null>(2),
    criteria: fb.array<CriterionForm>([]),
  });
}

/** The live total of the maximum scores, exact to 4 decimals (0.1 + 0.2 must read 0.3). */
export function rubricTotal(criteria: readonly { maxScore: number | null | undefined }[]): number {
  const scaled = criteria.reduce((sum, criterion) => {
    const value = Number(criterion.maxScore);
    return Number.isFinite(value) && value > 0 ? sum + Math.round(value * 10_000) : sum;
  }, 0);
  return scaled / 10_000;
}

/** A key from a criterion name: "Nội dung tư tưởng" → `noi_dung_tu_tuong`, unique among `taken`. */
export function keyFromName(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, 28) || 'tieu_chi';
  if (!taken.includes(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}_${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

export interface RubricMessages {
  required: string;
  keyInvalid: string;
  positive: string;
  range: string;
  fieldMessage: (code: string) => string;
}

function positive(value: number | null): boolean {
  return value !== null && Number.isFinite(Number(value)) && Number(value) > 0;
}

/** The same checks as the API (`CreateRoundDto` and the domain's `rubricIssues`), on the same paths. */
export function roundClientErrors(
  value: {
    name: string;
    order: number | null;
    judgesPerEntry: number | null;
    criteria: CriterionValue[];
  },
  messages: RubricMessages,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, code, message });
  };
  if (!value.name.trim()) add('name', 'REQUIRED', messages.required);
  for (const field of ['order', 'judgesPerEntry'] as const) {
    const number = value[field];
    if (number === null || !Number.isInteger(number) || number < 1 || number > 20)
      add(field, 'OUT_OF_RANGE', messages.range);
  }
  if (value.criteria.length === 0) add('rubric.criteria', 'REQUIRED', messages.required);
  value.criteria.forEach((criterion, index) => {
    const path = `rubric.criteria.${index}`;
    if (!RUBRIC_KEY_PATTERN.test(criterion.key)) add(`${path}.key`, 'matches', messages.keyInvalid);
    if (!criterion.name.trim()) add(`${path}.name`, 'REQUIRED', messages.required);
    if (!positive(criterion.maxScore)) add(`${path}.maxScore`, 'min', messages.positive);
    if (!positive(criterion.step)) add(`${path}.step`, 'min', messages.positive);
    if (criterion.weight !== null && !positive(criterion.weight))
      add(`${path}.weight`, 'min', messages.positive);
  });
  const complete = value.criteria.every(
    (criterion) => positive(criterion.maxScore) && positive(criterion.step),
  );
  if (complete) {
    for (const issue of rubricIssues(toRubric(value.criteria).criteria)) {
      add(issue.path, issue.code, messages.fieldMessage(issue.code));
    }
  }
  return errors;
}

export function toRubric(criteria: readonly CriterionValue[]): Rubric {
  return {
    criteria: criteria.map((criterion): RubricCriterion => {
      const result: RubricCriterion = {
        key: criterion.key.trim(),
        name: criterion.name.trim(),
        maxScore: Number(criterion.maxScore),
        step: Number(criterion.step),
      };
      if (criterion.weight !== null) result.weight = Number(criterion.weight);
      return result;
    }),
  };
}
