import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { agenciesEn } from './agencies.en';
import { agenciesVi, type AgenciesKey } from './agencies.vi';

/** The batches' words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class AgenciesI18n extends featureI18n<AgenciesKey>({ vi: agenciesVi, en: agenciesEn }) {}

/** `{{ 'batches.title' | agt }}`; impure because the language is a signal. */
@Pipe({ name: 'agt', pure: false })
export class AgenciesTranslatePipe
  extends featureTranslatePipe(AgenciesI18n)
  implements PipeTransform {}
