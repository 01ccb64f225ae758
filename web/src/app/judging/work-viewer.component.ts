import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { MatButtonModule } from '@angular/material/button';
import type { FileKind, JudgeAssignmentResponse } from '@press-award/contracts';
import { PaBytesPipe } from '../core/format/format.pipes';
import { fileKindKey, mimeLabel } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { judgingFileUrl } from './judging-api';
import { JudgingTranslatePipe } from './judging-i18n';
import { ZOOM_DEFAULT, viewerKind, zoomBy, type ViewerKind } from './viewer.model';

type JudgeFile = JudgeAssignmentResponse['files'][number];

/**
 * The work itself, in the browser's own viewers: PDF in an iframe, images with zoom, audio and video
 * players that seek through HTTP Range requests. A switcher when the entry has several files.
 */
@Component({
  selector: 'pa-work-viewer',
  imports: [MatButtonModule, TranslatePipe, JudgingTranslatePipe, PaBytesPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (preparing() > 0) {
      <p class="pa-banner pa-banner--info" role="status" data-testid="viewer-preparing">
        {{ 'viewer.preparing' | jt: { count: preparing() } }}
      </p>
    }
    @if (unavailable() > 0) {
      <p class="pa-banner pa-banner--error" role="status" data-testid="viewer-unavailable">
        {{ 'viewer.unavailable' | jt: { count: unavailable() } }}
      </p>
    }
    @if (files().length === 0) {
      @if (preparing() === 0 && unavailable() === 0) {
        <p class="pa-banner pa-banner--info" role="status" data-testid="viewer-no-files">
          {{ 'viewer.noFiles' | jt }}
        </p>
      }
    } @else {
      @if (files().length > 1) {
        <div
          class="pa-viewer__switcher"
          role="tablist"
          [attr.aria-label]="'viewer.files' | jt"
          data-testid="viewer-switcher"
        >
          @for (file of files(); track file.id; let index = $index) {
            <button
              type="button"
              role="tab"
              class="pa-viewer__tab"
              [class.pa-viewer__tab--active]="index === selectedIndex()"
              [attr.aria-selected]="index === selectedIndex()"
              [attr.tabindex]="index === selectedIndex() ? 0 : -1"
              (click)="select(index)"
              (keydown)="switcherKey($event)"
              data-testid="viewer-file-tab"
              [attr.data-file-id]="file.id"
            >
              {{ 'viewer.file' | jt: { index: index + 1 } }} · {{ kindLabel(file.kind) | t }} ·
              {{ mime(file.mimeType) }}
            </button>
          }
        </div>
      }
      @if (selected(); as file) {
        <div class="pa-viewer__meta">
          <span data-testid="viewer-file-meta"
            >{{ kindLabel(file.kind) | t }} · {{ mime(file.mimeType) }} ·
            {{ file.size | paBytes }}</span
          >
          <span class="pa-viewer__links">
            <a [href]="url()" target="_blank" rel="noopener" data-testid="viewer-open-tab">{{
              'viewer.openNewTab' | jt
            }}</a>
            <a [href]="url()" download data-testid="viewer-download">{{
              'viewer.download' | jt
            }}</a>
          </span>
        </div>
        @switch (kind()) {
          @case ('pdf') {
            @if (pdfUrl(); as source) {
              <iframe
                class="pa-viewer__pdf"
                [src]="source"
                [title]="'viewer.pdfTitle' | jt: { code: code() }"
                data-testid="pdf-viewer"
                [attr.data-src]="url()"
              ></iframe>
            } @else if (pdfFailed()) {
              <p class="pa-banner pa-banner--error" role="alert" data-testid="pdf-error">
                {{ 'viewer.loadFailed' | jt }}
              </p>
            } @else {
              <p
                class="pa-viewer__pdf pa-viewer__pdf--loading"
                role="status"
                data-testid="pdf-loading"
              >
                {{ 'common.loading' | t }}
              </p>
            }
          }
          @case ('image') {
            <div
              class="pa-viewer__zoombar"
              role="toolbar"
              [attr.aria-label]="'viewer.zoomHelp' | jt"
            >
              <button
                mat-stroked-button
                type="button"
                (click)="zoom(-1)"
                [attr.aria-label]="'viewer.zoomOut' | jt"
                data-testid="zoom-out"
              >
                −
              </button>
              <span aria-live="polite" data-testid="zoom-level">{{
                'viewer.zoomLevel' | jt: { percent: percent() }
              }}</span>
              <button
                mat-stroked-button
                type="button"
                (click)="zoom(1)"
                [attr.aria-label]="'viewer.zoomIn' | jt"
                data-testid="zoom-in"
              >
                +
              </button>
              <button mat-button type="button" (click)="zoomLevel.set(1)" data-testid="zoom-reset">
                {{ 'viewer.zoomReset' | jt }}
              </button>
            </div>
            <div
              class="pa-viewer__image"
              tabindex="0"
              [attr.aria-label]="'viewer.zoomHelp' | jt"
              (keydown)="imageKey($event)"
              (wheel)="wheel($event)"
              data-testid="image-viewport"
            >
              <img
                [src]="url()"
                [alt]="'viewer.imageAlt' | jt: { code: code(), index: selectedIndex() + 1 }"
                [style.width.%]="percent()"
                data-testid="image-viewer"
              />
            </div>
          }
          @case ('audio') {
            <audio
              class="pa-viewer__audio"
              controls
              preload="metadata"
              [src]="url()"
              data-testid="audio-player"
            >
              {{ 'viewer.mediaFallback' | jt }}
            </audio>
          }
          @case ('video') {
            <video
              class="pa-viewer__video"
              controls
              preload="metadata"
              playsinline
              [src]="url()"
              data-testid="video-player"
            >
              {{ 'viewer.mediaFallback' | jt }}
            </video>
          }
          @default {
            <p class="pa-banner pa-banner--info" data-testid="viewer-unsupported">
              {{ 'viewer.unsupported' | jt }}
            </p>
          }
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .pa-viewer__switcher {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-bottom: 8px;
    }
    .pa-viewer__tab {
      border: 1px solid var(--pa-line);
      background: #fff;
      border-radius: 16px;
      padding: 6px 12px;
      cursor: pointer;
      font: inherit;
      font-size: 13px;
      min-height: 36px;
    }
    .pa-viewer__tab--active {
      border-color: var(--pa-red);
      background: #fde8e8;
      font-weight: 600;
    }
    .pa-viewer__meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 12px;
      font-size: 13px;
      color: var(--pa-muted);
      margin-bottom: 6px;
    }
    .pa-viewer__links {
      display: flex;
      gap: 12px;
    }
    .pa-viewer__pdf {
      width: 100%;
      height: 75vh;
      min-height: 420px;
      border: 1px solid var(--pa-line);
      border-radius: 8px;
      background: #f3f3f3;
    }
    .pa-viewer__pdf--loading {
      display: flex;
      align-items: center;
      justify-content: center;
      margin: 0;
      color: var(--pa-muted);
    }
    .pa-viewer__zoombar {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 6px;
    }
    .pa-viewer__image {
      overflow: auto;
      max-height: 75vh;
      border: 1px solid var(--pa-line);
      border-radius: 8px;
      background: #f3f3f3;
      text-align: center;
    }
    .pa-viewer__image:focus-visible {
      outline: 2px solid var(--pa-red);
    }
    .pa-viewer__image img {
      display: inline-block;
      max-width: none;
      height: auto;
    }
    .pa-viewer__video,
    .pa-viewer__audio {
      width: 100%;
    }
    .pa-viewer__video {
      max-height: 70vh;
      background: #000;
      border-radius: 8px;
    }
  `,
})
export class WorkViewerComponent {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly http = inject(HttpClient);

  readonly assignmentId = input.required<string>();
  readonly code = input.required<string>();
  readonly files = input.required<JudgeAssignmentResponse['files']>();
  /** Files whose judge copy is still being made, and files whose copy could not be made. */
  readonly preparing = input(0);
  readonly unavailable = input(0);

  protected readonly selectedIndex = signal(0);
  protected readonly zoomLevel = signal(ZOOM_DEFAULT);
  protected readonly selected = computed<JudgeFile | null>(
    () => this.files()[this.selectedIndex()] ?? this.files()[0] ?? null,
  );
  protected readonly kind = computed<ViewerKind>(() => viewerKind(this.selected()?.mimeType ?? ''));
  protected readonly url = computed(() => {
    const file = this.selected();
    return file ? judgingFileUrl(this.assignmentId(), file.id) : '';
  });
  /**
   * The PDF goes through a blob: URL. The API answers every request with `X-Frame-Options: DENY`,
   * which keeps its own responses out of frames, so the browser's PDF viewer cannot frame the file
   * URL directly; a blob made from the same bytes carries no such header.
   */
  protected readonly pdfUrl = signal<SafeResourceUrl | null>(null);
  protected readonly pdfFailed = signal(false);
  private objectUrl: string | null = null;
  protected readonly percent = computed(() => Math.round(this.zoomLevel() * 100));
  protected readonly mime = mimeLabel;

  constructor() {
    effect(() => {
      // Another entry: back to its first file.
      this.assignmentId();
      this.selectedIndex.set(0);
    });
    effect((onCleanup) => {
      const url = this.url();
      this.releasePdf();
      if (this.kind() !== 'pdf' || !url) return;
      const subscription = this.http.get(url, { responseType: 'blob' }).subscribe({
        next: (blob) => {
          this.objectUrl = URL.createObjectURL(
            blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' }),
          );
          // Our own blob: URL, made just now from the judge's file: safe as a frame source.
          this.pdfUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(this.objectUrl));
        },
        error: () => this.pdfFailed.set(true),
      });
      onCleanup(() => subscription.unsubscribe());
    });
    inject(DestroyRef).onDestroy(() => this.releasePdf());
  }

  private releasePdf(): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
    this.pdfUrl.set(null);
    this.pdfFailed.set(false);
  }

  protected kindLabel(kind: string) {
    return fileKindKey(kind as FileKind);
  }

  protected select(index: number): void {
    this.selectedIndex.set(index);
    this.zoomLevel.set(ZOOM_DEFAULT);
  }

  protected zoom(direction: 1 | -1): void {
    this.zoomLevel.update((level) => zoomBy(level, direction));
  }

  protected imageKey(event: KeyboardEvent): void {
    if (event.key === '+' || event.key === '=') this.zoom(1);
    else if (event.key === '-' || event.key === '_') this.zoom(-1);
    else if (event.key === '0') this.zoomLevel.set(ZOOM_DEFAULT);
    else return;
    event.preventDefault();
  }

  protected wheel(event: WheelEvent): void {
    if (event.deltaY === 0) return;
    event.preventDefault();
    this.zoom(event.deltaY < 0 ? 1 : -1);
  }

  /** Arrow keys move between files (the tablist pattern). */
  protected switcherKey(event: KeyboardEvent): void {
    const count = this.files().length;
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (this.selectedIndex() + (event.key === 'ArrowRight' ? 1 : count - 1)) % count;
    this.select(next);
    const tabs = (
      event.currentTarget as HTMLElement | null
    )?.parentElement?.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    tabs?.[next]?.focus();
  }
}
