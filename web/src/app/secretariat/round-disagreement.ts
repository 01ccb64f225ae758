import type { RoundResponse, UiLanguage } from '@press-award/contracts';
import { formatNumber } from '../core/format/format';
import type { SecretariatI18n } from './secretariat-i18n';

/** The messages of `disagreementErrors`, in the current language. */
export function disagreementMessages(st: SecretariatI18n, lang: UiLanguage) {
  return {
    min: st.t('rounds.disagreementMin'),
    decimals: st.t('rounds.disagreementDecimals'),
    max: (max: number) => st.t('rounds.disagreementMax', { max: formatNumber(max, lang) }),
  };
}

/** The distance a round uses, for its card: "2 (mặc định)" or "1,5". */
export function distanceLabel(round: RoundResponse, st: SecretariatI18n, lang: UiLanguage): string {
  const value = formatNumber(round.disagreementDistance, lang);
  return round.disagreementPoints === null
    ? st.t('rounds.disagreementDefaultValue', { points: value })
    : value;
}
