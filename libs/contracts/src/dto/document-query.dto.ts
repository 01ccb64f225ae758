import { IsIn, IsOptional } from 'class-validator';

/** The formats a generated document comes in; the registration form is a PDF (DOCX: not yet). */
export const REGISTRATION_FORM_FORMATS = ['pdf'] as const;

export class RegistrationFormQueryDto {
  @IsOptional()
  @IsIn(REGISTRATION_FORM_FORMATS)
  format: (typeof REGISTRATION_FORM_FORMATS)[number] = 'pdf';
}
