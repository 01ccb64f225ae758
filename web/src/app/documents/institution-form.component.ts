import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AwardInstitution, AwardResponse } from '@press-award/contracts';
import { effectiveInstitution } from '@press-award/domain';
import type { UiError } from '../core/api/api-error';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { formSave } from '../core/forms/form-save';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { DocumentsApi } from './documents-api';
import { DocumentsI18n, DocumentsTranslatePipe } from './documents-i18n';

/** Capital letters (Vietnamese too), digits, dots and hyphens, as after the slash of "15-QĐ/BTCTW". */
const SYMBOL = /^[\p{Lu}\d][\p{Lu}\d.-]{0,19}$/u;

/**
 * Who issues and signs the award's documents: the header of a Party document (the superior body and
 * the issuer), the symbol in its numbers, the signer's title and name, and how prize money is shared
 * among co-authors. Prefilled with what the organizer's name implies; organizers change it, the
 * secretariat sees it.
 */
@Component({
  selector: 'pa-institution-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    DocumentsTranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-error-banner
      [error]="saveError()"
      [unmatched]="formErrors.unmatched()"
      testId="institution-error"
    />
    <form
      class="pa-institution-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      data-testid="institution-form"
    >
      @for (field of textFields; track field.path) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ field.label | dt }}</mat-label>
          @if (field.path === 'signerTitle') {
            <textarea
              matInput
              rows="2"
              [formControlName]="field.path"
              [readonly]="!editable()"
              [errorStateMatcher]="formErrors.matcher(field.path)"
              [attr.data-testid]="'institution-' + field.path"
            ></textarea>
          } @else {
            <input
              matInput
              [formControlName]="field.path"
              [readonly]="!editable()"
              [errorStateMatcher]="formErrors.matcher(field.path)"
              [attr.data-testid]="'institution-' + field.path"
            />
          }
          @if (field.hint) {
            <mat-hint>{{ field.hint | dt }}</mat-hint>
          }
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" [path]="field.path" />
        </mat-form-field>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'institution.prizeSplit' | dt }}</mat-label>
        <select matNativeControl formControlName="prizeSplit" data-testid="institution-prizeSplit">
          <option value="equal">{{ 'institution.split.equal' | dt }}</option>
          <option value="none">{{ 'institution.split.none' | dt }}</option>
        </select>
      </mat-form-field>
      @if (editable()) {
        <div class="pa-actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="saving()"
            data-testid="institution-save"
          >
            {{ 'institution.save' | dt }}
          </button>
        </div>
      }
    </form>
  `,
  styles: `
    .pa-institution-form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr));
      gap: 12px 16px;
      align-items: start;
      max-width: 960px;
    }
    .pa-institution-form .pa-actions {
      grid-column: 1 / -1;
    }
  `,
})
export class InstitutionFormComponent {
  private readonly api = inject(DocumentsApi);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(DocumentsI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly award = input.required<AwardResponse>();
  /** Organizers may change it; the secretariat reads it. */
  readonly editable = input(false);
  readonly saved = output<AwardResponse>();

  protected readonly textFields = [
    { path: 'parentBody', label: 'institution.parentBody', hint: 'institution.parentBodyHint' },
    { path: 'issuingBody', label: 'institution.issuingBody', hint: null },
    { path: 'symbol', label: 'institution.symbol', hint: 'institution.symbolHint' },
    { path: 'signerTitle', label: 'institution.signerTitle', hint: 'institution.signerTitleHint' },
    { path: 'signerName', label: 'institution.signerName', hint: 'institution.signerNameHint' },
  ] as const;

  protected readonly form = this.fb.group({
    parentBody: '',
    issuingBody: '',
    symbol: '',
    signerTitle: '',
    signerName: '',
    prizeSplit: 'equal' as AwardInstitution['prizeSplit'],
  });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  private readonly errors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    return new FieldChecks(this.i18n)
      .maxLength('parentBody', value.parentBody?.trim(), 120)
      .required('issuingBody', value.issuingBody)
      .maxLength('issuingBody', value.issuingBody?.trim(), 120)
      .required('symbol', value.symbol)
      .custom(
        'symbol',
        !!value.symbol?.trim() && !SYMBOL.test(value.symbol.trim()),
        'pattern',
        this.words.t('institution.symbolInvalid'),
      )
      .required('signerTitle', value.signerTitle)
      .maxLength('signerTitle', value.signerTitle?.trim(), 200)
      .maxLength('signerName', value.signerName?.trim(), 200).errors;
  });
  protected readonly formErrors = new FormErrors(this.errors, signal(controlPaths(this.form)));
  protected readonly saveError = signal<UiError | null>(null);
  private readonly save = formSave(this.saveError, this.formErrors);
  protected readonly saving = this.save.busy;

  constructor() {
    // The form shows the award's institution as it stands (or as the organizer's name implies it).
    effect(() => {
      const institution = effectiveInstitution(this.award());
      untracked(() =>
        this.form.reset({ ...institution, signerName: institution.signerName ?? '' }),
      );
    });
  }

  protected submit(): void {
    this.formErrors.attempt();
    this.saveError.set(null);
    if (!this.editable() || this.errors().length > 0 || this.saving()) return;
    const value = this.form.getRawValue();
    this.save.run(
      this.api.setInstitution(this.award().id, {
        parentBody: value.parentBody.trim(),
        issuingBody: value.issuingBody.trim(),
        symbol: value.symbol.trim(),
        signerTitle: value.signerTitle.trim(),
        signerName: value.signerName.trim() || null,
        prizeSplit: value.prizeSplit,
      }),
      (award) => {
        this.formErrors.reset();
        this.saved.emit(award);
        this.snackBar.open(this.words.t('institution.saved'), undefined, { duration: 4000 });
      },
    );
  }
}
