import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AwardResponse, RoundResponse } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import type { BoardEntry } from './board.model';
import { formSave } from '../core/forms/form-save';
import { resetOn } from '../core/forms/reset-on';
import { isChecked, toggleId } from '../core/forms/checkboxes';
import { roundEntryCodes } from './rounds.model';
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
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);

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
  protected readonly entriesError = signal<UiError | null>(null);
  private readonly entriesSave = formSave(this.entriesError);
  protected readonly addingEntries = this.entriesSave.busy;
  protected readonly selectedEntryCodes = computed(() =>
    roundEntryCodes(this.round(), this.coded()),
  );
  private readonly roundId = computed(() => this.round().id);

  constructor() {
    // Another round selected: no category chosen.
    resetOn(this.roundId, () => this.entryCategories.set(new Set()));
  }

  protected toggleEntryCategory(categoryId: string, checked: boolean): void {
    this.entryCategories.update((set) => toggleId(set, categoryId, checked));
  }

  protected addEntries(): void {
    const round = this.round();
    const entryIds = this.entriesToAdd().map((entry) => entry.id);
    if (entryIds.length === 0) return;
    this.entriesError.set(null);
    this.entriesSave.run(this.api.addEntries(round.id, entryIds), (updated) => {
      this.roundChanged.emit(updated);
      this.snackBar.open(
        this.st.t('rounds.entriesAdded', { count: updated.entryIds.length }),
        undefined,
        { duration: 3000 },
      );
    });
  }
}
