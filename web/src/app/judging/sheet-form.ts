import { FormControl, FormGroup } from '@angular/forms';
import type { RubricCriterion, SheetResponse } from '@press-award/contracts';
import type { SheetDraft } from './autosave';

export type ScoreControls = Record<string, FormControl<number | null>>;
/** A score sheet's form: one control per criterion key, and the comment. */
export type SheetForm = FormGroup<{
  scores: FormGroup<ScoreControls>;
  comment: FormControl<string>;
}>;

/** The form of a sheet with the rubric's criteria, filled with what the sheet holds (if any). */
export function createSheetForm(
  criteria: readonly RubricCriterion[],
  sheet: Pick<SheetResponse, 'scores' | 'comment'> | null,
): SheetForm {
  const controls: ScoreControls = {};
  for (const criterion of criteria) {
    controls[criterion.key] = new FormControl<number | null>(sheet?.scores[criterion.key] ?? null);
  }
  return new FormGroup({
    scores: new FormGroup(controls),
    comment: new FormControl(sheet?.comment ?? '', { nonNullable: true }),
  });
}

/** Puts a draft (or a sheet) into the form without a change event: a missing score is empty. */
export function fillSheetForm(
  form: SheetForm,
  draft: SheetDraft | Pick<SheetResponse, 'scores' | 'comment'>,
): void {
  const scores: Record<string, number | null> = {};
  for (const key of Object.keys(form.controls.scores.controls))
    scores[key] = draft.scores[key] ?? null;
  form.setValue({ scores, comment: draft.comment ?? '' }, { emitEvent: false });
}
