import { IsIn, IsOptional } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '../enums';

/** `?lang=vi|en` for the certificate: the language of its printed words (the data stays as entered). */
export class CertificateQueryDto {
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang: UiLanguage = 'vi';
}
