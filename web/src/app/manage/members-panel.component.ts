import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  AWARD_ROLES,
  NAME_MAX_LENGTH,
  type AwardRole,
  type MemberResponse,
} from '@press-award/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { ApiClient, type InviteInput } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { FieldChecks } from '../core/forms/validation';
import { roleKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { TextFieldComponent } from './text-field.component';

@Component({
  selector: 'pa-members-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorBannerComponent,
    EmptyComponent,
    LoadingComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-panel.component.html',
  styles: `
    .pa-member-title {
      display: block;
      font-size: 12px;
    }
    .pa-title-form {
      display: grid;
      gap: 4px;
      min-width: min(240px, 60vw);
      margin-top: 4px;
    }
    .pa-title-edit {
      display: block;
      margin-top: 2px;
    }
    .pa-invite-form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 0 12px;
      align-items: start;
    }
    .pa-member-state {
      font-size: 12px;
      font-weight: 600;
      &--active {
        color: #1b5e20;
      }
      &--pending {
        color: #7a4f00;
      }
    }
  `,
})
export class MembersPanelComponent {
  private readonly api = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly awardId = input.required<string>();

  protected readonly roles = AWARD_ROLES;
  protected readonly roleKey = roleKey;
  protected readonly members = signal<MemberResponse[]>([]);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) => this.api.members(awardId),
    loaded: (page) => this.members.set(page.items),
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly actionError = signal<UiError | null>(null);
  protected readonly inviteError = signal<UiError | null>(null);
  protected readonly inviting = signal(false);
  protected readonly removing = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: '',
    fullName: '',
    role: inject(NonNullableFormBuilder).control<AwardRole>('judge'),
    organizationName: '',
    title: '',
  });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly clientErrors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    return new FieldChecks(this.i18n)
      .required('email', value.email)
      .email('email', value.email)
      .required('fullName', value.fullName)
      .maxLength('fullName', value.fullName, NAME_MAX_LENGTH)
      .maxLength('organizationName', value.organizationName, NAME_MAX_LENGTH)
      .maxLength('title', value.title, NAME_MAX_LENGTH).errors;
  });
  protected readonly formErrors = new FormErrors(
    this.clientErrors,
    signal(controlPaths(this.form)),
  );

  /** The member whose title (chức vụ) is being edited in place, if any. */
  protected readonly editingTitle = signal<string | null>(null);
  protected readonly titleControl = inject(NonNullableFormBuilder).control('');
  private readonly titleValue = toSignal(this.titleControl.valueChanges, {
    initialValue: this.titleControl.value,
  });
  /** The same limit as the invite form's title, and as the API's UpdateMemberDto. */
  private readonly titleClientErrors = computed(
    () => new FieldChecks(this.i18n).maxLength('title', this.titleValue(), NAME_MAX_LENGTH).errors,
  );
  protected readonly titleErrors = new FormErrors(this.titleClientErrors, signal(['title']));
  protected readonly titleError = signal<UiError | null>(null);
  protected readonly savingTitle = signal(false);

  protected load(): void {
    this.page.reload();
  }

  protected invite(): void {
    this.formErrors.attempt();
    this.inviteError.set(null);
    if (this.clientErrors().length > 0) return;
    const value = this.form.getRawValue();
    const input: InviteInput = {
      email: value.email.trim(),
      fullName: value.fullName.trim(),
      role: value.role,
    };
    if (value.organizationName.trim()) input.organizationName = value.organizationName.trim();
    if (value.title.trim()) input.title = value.title.trim();
    this.inviting.set(true);
    this.api
      .inviteMember(this.awardId(), input)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (member) => {
          this.inviting.set(false);
          this.members.update((list) => [...list, member]);
          this.form.reset();
          this.formErrors.reset();
          this.snackBar.open(this.i18n.t('members.invited', { email: member.email }), undefined, {
            duration: 4000,
          });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.inviteError.set(uiError);
          this.formErrors.setServer(uiError.details);
          this.inviting.set(false);
        },
      });
  }

  protected editTitle(member: MemberResponse): void {
    this.titleControl.setValue(member.title ?? '');
    this.titleErrors.reset();
    this.titleError.set(null);
    this.editingTitle.set(member.id);
    this.focusAfterRender(`[data-member-id="${member.id}"] [data-testid="member-title-input"]`);
  }

  protected cancelTitle(member: MemberResponse): void {
    this.editingTitle.set(null);
    this.titleError.set(null);
    this.focusAfterRender(`[data-member-id="${member.id}"] [data-testid="member-title-edit"]`);
  }

  protected saveTitle(member: MemberResponse, event?: Event): void {
    // A plain form (no form group): keep the browser from submitting it.
    event?.preventDefault();
    this.titleErrors.attempt();
    this.titleError.set(null);
    if (this.titleClientErrors().length > 0 || this.savingTitle()) return;
    this.savingTitle.set(true);
    this.api
      .updateMemberTitle(this.awardId(), member.id, this.titleControl.value.trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.savingTitle.set(false);
          this.members.update((list) =>
            list.map((candidate) => (candidate.id === updated.id ? updated : candidate)),
          );
          this.editingTitle.set(null);
          this.snackBar.open(
            this.i18n.t('members.titleSaved', { name: updated.fullName }),
            undefined,
            { duration: 3000 },
          );
          this.focusAfterRender(
            `[data-member-id="${member.id}"] [data-testid="member-title-edit"]`,
          );
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.titleError.set(uiError);
          this.titleErrors.setServer(uiError.details);
          this.savingTitle.set(false);
        },
      });
  }

  /** Keeps the keyboard user's place when the inline edit opens or closes. */
  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  protected remove(member: MemberResponse): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('members.remove'),
      text: this.i18n.t('members.removeConfirm', {
        name: member.fullName,
        role: this.i18n.t(roleKey(member.role)),
      }),
      confirmLabel: this.i18n.t('members.remove'),
      danger: true,
    };
    this.actionError.set(null);
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter(Boolean),
        tap(() => this.removing.set(member.id)),
        switchMap(() => this.api.removeMember(this.awardId(), member.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.removing.set(null);
          this.members.update((list) => list.filter((candidate) => candidate.id !== member.id));
          this.snackBar.open(this.i18n.t('members.removed'), undefined, { duration: 3000 });
          // Removing oneself changes what /me says this user may do.
          if (member.userId === this.auth.user()?.id) void this.auth.refresh();
        },
        error: (failure: unknown) => {
          this.actionError.set(this.uiErrors.from(failure));
          this.removing.set(null);
        },
      });
  }
}
