import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { approvalEn } from './approval.en';
import { approvalVi, type ApprovalKey } from './approval.vi';

/** The approval page's words in the current UI language. */
@Injectable({ providedIn: 'root' })
export class ApprovalI18n extends featureI18n<ApprovalKey>({
  vi: approvalVi,
  en: approvalEn,
}) {}

/** `{{ 'approval.title' | apt }}`; impure because the language is a signal. */
@Pipe({ name: 'apt', pure: false })
export class ApprovalTranslatePipe
  extends featureTranslatePipe(ApprovalI18n)
  implements PipeTransform {}
