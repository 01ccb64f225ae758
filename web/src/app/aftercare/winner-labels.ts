import { Injectable, inject } from '@angular/core';
import { AftercareI18n } from './aftercare-i18n';
import type { LostStanding, PrizeWinner } from './aftercare.model';

/** How a prize winner is named on the aftercare page: its prize, a lost standing, a choice in a list. */
@Injectable({ providedIn: 'root' })
export class WinnerLabels {
  private readonly words = inject(AftercareI18n);

  prizeLabel(winner: PrizeWinner): string {
    return winner.tierLabel ?? this.words.t('complaints.topicOnly');
  }

  lostLabel(lost: LostStanding): string {
    return this.words.t(`complaints.lost.${lost}`);
  }

  /** The winner as one option of the complaint form's list. */
  option(winner: PrizeWinner): string {
    const option = this.words.t('complaints.entryOption', {
      code: winner.entryCode ?? '—',
      title: winner.title,
      prize: this.prizeLabel(winner),
    });
    return winner.lost ? `${option} (${this.lostLabel(winner.lost)})` : option;
  }
}
