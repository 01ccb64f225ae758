import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EntryStatus } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import type { FormErrors } from '../core/forms/form-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';

/**
 * The bar under an editable entry: what stopped the last save or submission, then save (the
 * `entry-form`'s own submit button), submit and, for a draft, delete. The page does the work.
 */
@Component({
  selector: 'pa-entry-save-bar',
  imports: [MatButtonModule, TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: the page lays the section out as if it were written there.
  host: { style: 'display: contents' },
  template: `
    <div class="pa-save-bar">
      <pa-error-banner
        [error]="error()"
        [unmatched]="formErrors().unmatched()"
        testId="entry-form-error"
      />
      @if (!error() && formErrors().unmatched().length) {
        <div class="pa-banner pa-banner--error" role="alert" data-testid="entry-form-client-error">
          {{ 'entry.clientInvalid' | t }}
          <ul>
            @for (detail of formErrors().unmatched(); track $index) {
              <li>{{ detail.field }}: {{ detail.message }}</li>
            }
          </ul>
        </div>
      }
      <div class="pa-actions">
        <button
          mat-stroked-button
          type="submit"
          form="entry-form"
          [disabled]="saving() || submitting()"
          data-testid="entry-save"
        >
          {{ (saving() ? 'common.saving' : isNew() ? 'entry.create' : 'entry.saveDraft') | t }}
        </button>
        @if (status(); as current) {
          <button
            mat-flat-button
            type="button"
            (click)="submitEntry.emit()"
            [disabled]="saving() || submitting()"
            data-testid="entry-submit"
          >
            {{ (submitting() ? 'entry.submitting' : 'entry.submit') | t }}
          </button>
          @if (current === 'draft') {
            <span class="pa-spacer"></span>
            <button
              mat-button
              type="button"
              class="pa-danger"
              (click)="deleteEntry.emit()"
              data-testid="entry-delete"
            >
              {{ 'entry.delete' | t }}
            </button>
          }
        }
      </div>
    </div>
  `,
  styles: `
    .pa-save-bar {
      position: sticky;
      bottom: 0;
      z-index: 2;
      background: rgb(250 246 244 / 96%);
      border-top: 1px solid var(--pa-line);
      padding: 12px 0;
      margin-bottom: 24px;
    }
    .pa-spacer {
      flex: 1;
    }
  `,
})
export class EntrySaveBarComponent {
  readonly error = input.required<UiError | null>();
  readonly formErrors = input.required<FormErrors>();
  readonly saving = input.required<boolean>();
  readonly submitting = input.required<boolean>();
  /** Saving creates the entry (its first save) rather than updating the draft. */
  readonly isNew = input.required<boolean>();
  /** The saved entry's status; `null` before the first save (the entry does not exist yet). */
  readonly status = input.required<EntryStatus | null>();

  readonly submitEntry = output();
  readonly deleteEntry = output();
}
