import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { FieldError, MemberResponse } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { parseAgencies } from './rounds.model';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** Each judge's agency and declared related agencies: the inputs of the conflict-of-interest check. */
@Component({
  selector: 'pa-judge-relations',
  imports: [MatButtonModule, TranslatePipe, SecretariatTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="pa-muted">{{ 'relations.text' | st }}</p>
    <pa-error-banner [error]="error()" [unmatched]="errorDetails()" testId="relations-error" />
    <div class="pa-relations">
      @for (judge of judges(); track judge.id) {
        <form
          class="pa-relation"
          (submit)="$event.preventDefault(); save(judge, agency.value, declared.value)"
          data-testid="judge-relation"
          [attr.data-member-id]="judge.id"
        >
          <strong>{{ judge.fullName }}</strong>
          <span class="pa-muted">{{ judge.email }}</span>
          <label>
            {{ 'relations.agency' | st }}
            <input
              #agency
              [value]="judge.organizationName ?? ''"
              [disabled]="!canEdit()"
              data-testid="judge-agency"
              maxlength="200"
            />
          </label>
          <label>
            {{ 'relations.declared' | st }}
            <textarea
              #declared
              rows="2"
              [value]="
                judge.declaredOrganizations.join(
                  '
'
                )
              "
              [disabled]="!canEdit()"
              data-testid="judge-declared"
            ></textarea>
          </label>
          @if (canEdit()) {
            <button
              mat-stroked-button
              type="submit"
              [disabled]="saving() === judge.id"
              data-testid="judge-save"
            >
              {{ (saving() === judge.id ? 'common.saving' : 'common.save') | t }}
            </button>
          }
        </form>
      } @empty {
        <p class="pa-muted" data-testid="relations-empty">{{ 'panels.noJudges' | st }}</p>
      }
    </div>
  `,
  styles: `
    .pa-relations {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 12px;
    }
    .pa-relation {
      display: flex;
      flex-direction: column;
      gap: 6px;
      border: 1px solid #e0e0e0;
      border-radius: 8px;
      padding: 10px;
      label {
        display: flex;
        flex-direction: column;
        font-size: 13px;
        gap: 2px;
      }
      input,
      textarea {
        font: inherit;
        padding: 6px;
        border: 1px solid #bdbdbd;
        border-radius: 4px;
      }
      button {
        align-self: flex-start;
      }
      .pa-muted {
        overflow-wrap: anywhere;
      }
    }
  `,
})
export class JudgeRelationsComponent {
  private readonly api = inject(SecretariatApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();
  readonly judges = input.required<readonly MemberResponse[]>();
  readonly canEdit = input(false);
  readonly changed = output<MemberResponse>();

  protected readonly saving = signal<string | null>(null);
  protected readonly error = signal<UiError | null>(null);
  protected readonly errorDetails = signal<readonly FieldError[]>([]);

  protected save(judge: MemberResponse, agency: string, declared: string): void {
    this.saving.set(judge.id);
    this.error.set(null);
    this.api
      .updateMember(this.awardId(), judge.id, {
        organizationName: agency.trim(),
        declaredOrganizations: parseAgencies(declared),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (member) => {
          this.saving.set(null);
          this.changed.emit(member);
          this.snackBar.open(this.st.t('relations.saved', { name: member.fullName }), undefined, {
            duration: 3000,
          });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.error.set(uiError);
          this.errorDetails.set(uiError.details);
          this.saving.set(null);
        },
      });
  }
}
