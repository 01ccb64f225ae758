import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { documentsEn } from './documents.en';
import { documentsVi, type DocumentsKey } from './documents.vi';

/** The documents page's words in the current UI language. */
@Injectable({ providedIn: 'root' })
export class DocumentsI18n extends featureI18n<DocumentsKey>({
  vi: documentsVi,
  en: documentsEn,
}) {}

/** `{{ 'documents.title' | dt }}`; impure because the language is a signal. */
@Pipe({ name: 'dt', pure: false })
export class DocumentsTranslatePipe
  extends featureTranslatePipe(DocumentsI18n)
  implements PipeTransform {}
