import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AwardResponse, MemberResponse, RoundResponse } from '@press-award/contracts';
import { switchMap } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { formSave } from '../core/forms/form-save';
import { resetOn } from '../core/forms/reset-on';
import { isChecked, toggleId } from '../core/forms/checkboxes';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** The panels of the selected round (categories × judges), and a new panel (organizers only). */
@Component({
  selector: 'pa-panels-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    SecretariatTranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './panels-form.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-panels {
      padding-left: 18px;
    }
    .pa-panel-form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 720px;
      > button {
        align-self: flex-start;
      }
    }
    .pa-fieldset {
      border: 1px solid #d8d8d8;
      border-radius: 8px;
      padding: 8px 12px 12px;
      margin: 8px 0;
    }
    .pa-checks {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 8px;
      &--column {
        flex-direction: column;
      }
    }
    .pa-check {
      display: inline-flex;
      gap: 6px;
      align-items: center;
    }
  `,
})
export class PanelsFormComponent {
  private readonly api = inject(SecretariatApi);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly round = input.required<RoundResponse>();
  readonly categories = input.required<AwardResponse['categories']>();
  readonly judges = input.required<readonly MemberResponse[]>();
  readonly canEdit = input(false);
  readonly roundChanged = output<RoundResponse>();

  protected readonly isChecked = isChecked;
  protected readonly categoryCode = computed(
    () => new Map(this.categories().map((category) => [category.id, category.code])),
  );
  protected readonly judgeById = computed(
    () => new Map(this.judges().map((judge) => [judge.userId, judge])),
  );
  protected readonly panelForm = this.fb.group({ name: '' });
  protected readonly panelCategories = signal<ReadonlySet<string>>(new Set());
  protected readonly panelJudges = signal<ReadonlySet<string>>(new Set());
  protected readonly takenCategories = computed(
    () => new Set(this.round().panels.flatMap((panel) => panel.categoryIds)),
  );
  private readonly panelValue = toSignal(this.panelForm.valueChanges, {
    initialValue: this.panelForm.getRawValue(),
  });
  private readonly panelErrors = computed(() => {
    const errors = [];
    if (!(this.panelValue().name ?? '').trim())
      errors.push({ field: 'name', code: 'REQUIRED', message: this.i18n.fieldMessage('REQUIRED') });
    if (this.panelCategories().size === 0)
      errors.push({
        field: 'categoryIds',
        code: 'REQUIRED',
        message: this.i18n.fieldMessage('REQUIRED'),
      });
    if (this.panelJudges().size === 0)
      errors.push({
        field: 'judgeIds',
        code: 'REQUIRED',
        message: this.i18n.fieldMessage('REQUIRED'),
      });
    return errors;
  });
  protected readonly panelFormErrors = new FormErrors(
    this.panelErrors,
    signal(['name', 'categoryIds', 'judgeIds']),
  );
  protected readonly panelError = signal<UiError | null>(null);
  private readonly panelSave = formSave(this.panelError, this.panelFormErrors);
  protected readonly creatingPanel = this.panelSave.busy;
  private readonly roundId = computed(() => this.round().id);

  constructor() {
    // Another round selected: no category or judge chosen.
    resetOn(this.roundId, () => {
      this.panelCategories.set(new Set());
      this.panelJudges.set(new Set());
    });
  }

  protected panelCategoryCodes(categoryIds: readonly string[]): string {
    return categoryIds.map((id) => this.categoryCode().get(id) ?? '?').join(', ');
  }

  protected panelJudgeNames(judgeIds: readonly string[]): string {
    return judgeIds.map((id) => this.judgeById().get(id)?.fullName ?? '?').join(', ');
  }

  protected togglePanelCategory(categoryId: string, checked: boolean): void {
    this.panelCategories.update((set) => toggleId(set, categoryId, checked));
  }

  protected togglePanelJudge(userId: string, checked: boolean): void {
    this.panelJudges.update((set) => toggleId(set, userId, checked));
  }

  protected createPanel(): void {
    const round = this.round();
    this.panelFormErrors.attempt();
    this.panelError.set(null);
    if (this.panelErrors().length > 0) return;
    this.panelSave.run(
      this.api
        .createPanel(round.id, {
          name: this.panelForm.getRawValue().name.trim(),
          categoryIds: [...this.panelCategories()],
          judgeIds: [...this.panelJudges()],
        })
        .pipe(switchMap(() => this.api.round(round.id))),
      (updated) => {
        this.roundChanged.emit(updated);
        this.panelForm.reset();
        this.panelCategories.set(new Set());
        this.panelJudges.set(new Set());
        this.panelFormErrors.reset();
        this.snackBar.open(this.st.t('panels.created'), undefined, { duration: 3000 });
      },
    );
  }
}
