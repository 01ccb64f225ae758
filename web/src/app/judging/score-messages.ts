import { Injectable, inject } from '@angular/core';
import type { FieldError, RubricCriterion } from '@press-award/contracts';
import { formatNumber } from '../core/format/format';
import { I18nService } from '../core/i18n/i18n.service';
import { JudgingI18n } from './judging-i18n';
import { clampScore, type ScoreIssue } from './score.model';

/** The words of a score's problem, in the current UI language, naming the criterion. */
@Injectable({ providedIn: 'root' })
export class ScoreMessages {
  private readonly jt = inject(JudgingI18n);
  private readonly i18n = inject(I18nService);

  issue(
    criterion: RubricCriterion,
    issue: ScoreIssue | string,
    value: number | null | undefined,
  ): string {
    const name = criterion.name;
    switch (issue) {
      case 'SCORE_MISSING':
        return this.jt.t('score.missing', { criterion: name });
      case 'SCORE_OFF_STEP':
        return this.jt.t('score.offStep', {
          criterion: name,
          step: formatNumber(criterion.step, this.i18n.lang()),
          example: formatNumber(
            clampScore(criterion, typeof value === 'number' ? value : criterion.step),
            this.i18n.lang(),
          ),
        });
      default:
        return this.jt.t('score.outOfRange', {
          criterion: name,
          max: formatNumber(criterion.maxScore, this.i18n.lang()),
        });
    }
  }

  /** The API's details, with each criterion named; an unknown criterion stays in the banner. */
  serverDetails(
    criteria: readonly RubricCriterion[],
    scores: Record<string, number | null>,
    details: readonly FieldError[],
  ): FieldError[] {
    return details.map((detail) => {
      const key = detail.field.startsWith('scores.') ? detail.field.slice('scores.'.length) : null;
      if (key === null) return detail;
      const criterion = criteria.find((candidate) => candidate.key === key);
      if (!criterion) return { ...detail, message: this.jt.t('score.unknown', { key }) };
      return { ...detail, message: this.issue(criterion, detail.code, scores[key]) };
    });
  }
}
