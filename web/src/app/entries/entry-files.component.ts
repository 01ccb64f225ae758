import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  FILE_KINDS,
  type AwardRules,
  type EntryFileResponse,
  type EntryResponse,
  type FileKind,
  type FileRule,
} from '@press-award/contracts';
import { SUPPORTED_DOCUMENT_TYPES } from '@press-award/domain';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { formatBytes } from '../core/format/format';
import { PaBytesPipe, PaDurationPipe, PaNumberPipe } from '../core/format/format.pipes';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { fileKindKey, mimeLabel } from '../core/i18n/labels';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EntriesApi, fileContentUrl } from './entries-api';
import { EntryActions } from './entry-actions';
import { issueMessage } from './entry-form.model';
import { TusUploader, type UploadHandle } from './tus-uploader';
import {
  canCancel,
  canDismiss,
  canResume,
  createUploadRow,
  failed,
  percent,
  precheckFile,
  resumed,
  succeeded,
  withProgress,
  withResumeOffset,
  type UploadPhase,
  type UploadRow,
} from './upload-row';

/**
 * Scripts, translations and confirmations: the API's document rule (PDF, DOCX, JPEG, PNG; 50 MB by
 * default). The public award does not publish that limit, so the size is a hint; the server decides.
 */
const DOCUMENT_RULE: FileRule = {
  maxBytes: 50 * 1024 * 1024,
  types: [...SUPPORTED_DOCUMENT_TYPES],
};

/** Where a file belongs: the whole entry (`null`) or one part of a series. */
interface UploadTargetView {
  key: string;
  partIndex: number | null;
  label: string;
}

/**
 * The files of a draft: one drop zone per target (the entry, and each part of a series), one row
 * per upload with its progress, and the stored files with their facts and sha256.
 */
@Component({
  selector: 'pa-entry-files',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    PaBytesPipe,
    PaNumberPipe,
    PaDurationPipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './entry-files.component.html',
  styleUrl: './entry-files.component.scss',
})
export class EntryFilesComponent {
  private readonly uploader = inject(TusUploader);
  private readonly api = inject(EntriesApi);
  private readonly i18n = inject(I18nService);
  private readonly uiErrors = inject(UiErrors);
  private readonly actions = inject(EntryActions);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly entry = input.required<EntryResponse>();
  readonly rules = input.required<AwardRules>();
  /** Uploads and deletions are for drafts (and withdrawn entries) only. */
  readonly editable = input(true);
  /** Messages by path (`files`, `parts.1`) from the last submission attempt. */
  readonly errorsFor = input<(path: string) => readonly string[]>(() => []);
  /** A file was stored or deleted: the parent reloads the entry's file list. */
  readonly filesChanged = output();

  protected readonly fileKinds = FILE_KINDS;
  protected readonly fileKindKey = fileKindKey;
  protected readonly mimeLabel = mimeLabel;
  protected readonly percent = percent;
  protected readonly canCancel = canCancel;
  protected readonly canResume = canResume;
  protected readonly canDismiss = canDismiss;
  protected readonly phaseKey = (phase: UploadPhase): TranslationKey => `upload.phase.${phase}`;

  protected readonly rows = signal<UploadRow[]>([]);
  protected readonly kinds = signal<Record<string, FileKind>>({});
  protected readonly dragOver = signal<string | null>(null);
  protected readonly error = signal<UiError | null>(null);
  private readonly handles = new Map<string, UploadHandle>();
  private nextId = 0;

  protected readonly targets = computed<UploadTargetView[]>(() => {
    const entry = this.entry();
    const targets: UploadTargetView[] = [
      { key: 'entry', partIndex: null, label: this.i18n.t('files.target.entry') },
    ];
    if (entry.parts.length > 1) {
      for (const part of entry.parts) {
        targets.push({
          key: `part-${part.index}`,
          partIndex: part.index,
          label: this.i18n.t('files.target.part', { number: part.index + 1, title: part.title }),
        });
      }
    }
    return targets;
  });

  protected readonly storedFiles = computed(() =>
    [...this.entry().files].sort(
      (a, b) => (a.partIndex ?? -1) - (b.partIndex ?? -1) || a.createdAt.localeCompare(b.createdAt),
    ),
  );

  constructor() {
    this.destroyRef.onDestroy(() => {
      // Leaving the page stops the transfer; the server keeps the bytes so the same file resumes later.
      for (const handle of this.handles.values()) void handle.pause();
    });
  }

  protected kindFor(target: UploadTargetView): FileKind {
    return this.kinds()[target.key] ?? 'work';
  }

  protected setKind(target: UploadTargetView, event: Event): void {
    const kind = (event.target as HTMLSelectElement).value as FileKind;
    this.kinds.update((kinds) => ({ ...kinds, [target.key]: kind }));
  }

  protected ruleFor(kind: FileKind): FileRule | null {
    if (kind !== 'work') return DOCUMENT_RULE;
    return this.rules().files[this.entry().mediaType] ?? null;
  }

  protected allowedText(kind: FileKind): string {
    const rule = this.ruleFor(kind);
    if (!rule) return '';
    return this.i18n.t('files.allowed', {
      types: rule.types.map(mimeLabel).join(', '),
      size: formatBytes(rule.maxBytes, this.i18n.lang()),
    });
  }

  protected partLabel(partIndex: number | null): string {
    if (partIndex === null) return this.i18n.t('files.target.entry');
    return this.i18n.t('entry.part', { number: partIndex + 1 });
  }

  protected shortHash(sha256: string): string {
    return sha256.slice(0, 12);
  }

  protected downloadUrl(file: EntryFileResponse): string {
    return fileContentUrl(this.entry().id, file.id);
  }

  protected onDragOver(target: UploadTargetView, event: DragEvent): void {
    if (!this.editable()) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragOver.set(target.key);
  }

  protected onDragLeave(target: UploadTargetView): void {
    if (this.dragOver() === target.key) this.dragOver.set(null);
  }

  protected onDrop(target: UploadTargetView, event: DragEvent): void {
    event.preventDefault();
    this.dragOver.set(null);
    if (!this.editable()) return;
    this.addFiles(target, Array.from(event.dataTransfer?.files ?? []));
  }

  protected onPicked(target: UploadTargetView, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(target, Array.from(input.files ?? []));
    // The same file may be picked again (to resume after a reload).
    input.value = '';
  }

  private addFiles(target: UploadTargetView, files: File[]): void {
    const kind = this.kindFor(target);
    for (const file of files) void this.startUpload(file, kind, target.partIndex);
  }

  private update(id: string, change: (row: UploadRow) => UploadRow): void {
    this.rows.update((rows) => rows.map((row) => (row.id === id ? change(row) : row)));
  }

  private async startUpload(file: File, kind: FileKind, partIndex: number | null): Promise<void> {
    const id = `upload-${++this.nextId}`;
    this.rows.update((rows) => [...rows, createUploadRow(id, file, kind, partIndex)]);
    const refusal = precheckFile(file, this.ruleFor(kind));
    if (refusal) {
      const rule = this.ruleFor(kind);
      const params = refusal === 'FILE_TOO_LARGE' && rule ? { maxBytes: rule.maxBytes } : undefined;
      this.update(id, (row) =>
        failed(row, 400, { code: refusal, message: issueMessage(refusal, params, this.i18n) }),
      );
      return;
    }
    try {
      const handle = await this.uploader.start(
        file,
        { entryId: this.entry().id, kind, partIndex },
        {
          resumedAt: (offset) => this.update(id, (row) => withResumeOffset(row, offset)),
          progress: (sent, total) => this.update(id, (row) => withProgress(row, sent, total)),
          success: (fileId) => {
            this.update(id, (row) => succeeded(row, fileId));
            this.handles.delete(id);
            this.filesChanged.emit();
          },
          error: (status, error) => this.update(id, (row) => failed(row, status, error)),
        },
      );
      this.handles.set(id, handle);
    } catch {
      this.update(id, (row) =>
        failed(row, null, { code: 'NETWORK_ERROR', message: this.i18n.t('error.network') }),
      );
    }
  }

  protected resume(row: UploadRow): void {
    const handle = this.handles.get(row.id);
    if (!handle || !canResume(row)) return;
    this.update(row.id, resumed);
    handle.resume();
  }

  protected async cancel(row: UploadRow): Promise<void> {
    const handle = this.handles.get(row.id);
    this.handles.delete(row.id);
    this.rows.update((rows) => rows.filter((item) => item.id !== row.id));
    await handle?.cancel();
  }

  protected dismiss(row: UploadRow): void {
    this.rows.update((rows) => rows.filter((item) => item.id !== row.id));
  }

  protected remove(file: EntryFileResponse): void {
    this.actions
      .confirm({
        title: this.i18n.t('files.deleteConfirmTitle'),
        text: this.i18n.t('files.deleteConfirmText', { name: file.originalName }),
        confirmLabel: this.i18n.t('common.delete'),
        danger: true,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        this.error.set(null);
        this.api
          .removeFile(this.entry().id, file.id)
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({
            next: () => {
              this.snackBar.open(this.i18n.t('files.deleted'), undefined, { duration: 3000 });
              this.filesChanged.emit();
            },
            error: (failure: unknown) => this.error.set(this.uiErrors.from(failure)),
          });
      });
  }
}
