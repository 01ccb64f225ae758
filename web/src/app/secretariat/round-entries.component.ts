import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AwardResponse, RoundResponse } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import type { BoardEntry } from './board.model';
import { isChecked, roundEntryCodes, toggleId } from './rounds.model';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** The coded entries of the selected round, and adding the coded entries (of some categories) to it. */
@Component({
  selector: 'pa-round-entries',
  imports: [MatButtonModule, SecretariatTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-entries.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-codes {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
    }
    .pa-checks {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .pa-check {
      display: inline-flex;
      gap: 6px;
      align-items: center;
    }
  `,
})
export class RoundEntriesComponent {
  private readonly api = inject(SecretariatApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly round = input.required<RoundResponse>();
  /** The award's entries that have a code. */
  readonly coded = input.required<readonly BoardEntry[]>();
  readonly categories = input.required<AwardResponse['categories']>();
  readonly canEdit = input(false);
  readonly roundChanged = output<RoundResponse>();

  protected readonly isChecked = isChecked;
  protected readonly entryCategories = signal<ReadonlySet<string>>(new Set());
  protected readonly entriesToAdd = computed(() => {
    const already = new Set(this.round().entryIds);
    const categories = this.entryCategories();
    return this.coded().filter(
      (entry) =>
        !already.has(entry.id) && (categories.size === 0 || categories.has(entry.categoryId)),
    );
  });
  protected readonly addingEntries = signal(false);
  protected readonly entriesError = signal<UiError | null>(null);
  protected readonly selectedEntryCodes = computed(() =>
    roundEntryCodes(this.round(), this.coded()),
  );
  private readonly roundId = computed(() => this.round().id);

  constructor() {
    // Another round selected: no category chosen.
    effect(() => {
      this.roundId();
      untracked(() => this.entryCategories.set(new Set()));
    });
  }

  protected toggleEntryCategory(categoryId: string, checked: boolean): void {
    this.entryCategories.update((set) => toggleId(set, categoryId, checked));
  }

  protected addEntries(): void {
    const round = this.round();
    const entryIds = this.entriesToAdd().map((entry) => entry.id);
    if (entryIds.length === 0) return;
    this.addingEntries.set(true);
    this.entriesError.set(null);
    this.api
      .addEntries(round.id, entryIds)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.addingEntries.set(false);
          this.roundChanged.emit(updated);
          this.snackBar.open(
            this.st.t('rounds.entriesAdded', { count: updated.entryIds.length }),
            undefined,
            { duration: 3000 },
          );
        },
        error: (failure: unknown) => {
          this.entriesError.set(this.uiErrors.from(failure));
          this.addingEntries.set(false);
        },
      });
  }
}
