import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { JudgeAssignmentResponse, SheetResponse } from '@press-award/contracts';
import { of } from 'rxjs';
import { I18nService } from '../core/i18n/i18n.service';
import type { SaveRequest } from './autosave';
import { JudgingApi } from './judging-api';
import { ScoringPage } from './scoring.page';

function sheet(scores: Record<string, number>): SheetResponse {
  return {
    assignmentId: 'a1',
    scores,
    comment: null,
    total: null,
    status: 'draft',
    version: 1,
    updatedAt: '2020-11-20T03:00:00Z',
    submittedAt: null,
  };
}

function assignment(scores: Record<string, number>): JudgeAssignmentResponse {
  return {
    id: 'a1',
    status: 'active',
    roundId: 'r1',
    roundName: 'Vòng sơ khảo',
    rubric: {
      criteria: [
        { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
        { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25 },
      ],
    },
    entryCode: 'IN1-0001',
    title: 'Đảng bộ xã vùng cao',
    categoryName: 'Báo in',
    mediaType: 'print',
    parts: [],
    files: [],
    filesPreparing: 0,
    filesUnavailable: 0,
    sheet: sheet(scores),
  };
}

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T {
  const element = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no ${id}`);
  return element;
}

function scoreInput(fixture: ComponentFixture<unknown>, key: string): HTMLInputElement {
  return byTestId<HTMLInputElement>(fixture, `score-${key}`);
}

async function type(fixture: ComponentFixture<unknown>, key: string, text: string): Promise<void> {
  const input = scoreInput(fixture, key);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await fixture.whenStable();
}

/**
 * The score inputs write decimals the page language's way, whatever the browser's locale: a
 * Vietnamese sheet shows "3,75" beside "bước 0,25", never "3.75", and reads what the judge types.
 */
describe(ScoringPage.name, () => {
  let saved: SaveRequest[];

  async function open(
    scores: Record<string, number>,
    language: 'vi' | 'en' = 'vi',
  ): Promise<ComponentFixture<ScoringPage>> {
    localStorage.clear();
    saved = [];
    TestBed.configureTestingModule({
      imports: [ScoringPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: JudgingApi,
          useValue: {
            assignment: () => of(assignment(scores)),
            saveSheet: (_id: string, request: SaveRequest) => {
              saved.push(request);
              return of({ ...sheet(request.scores), version: 2 });
            },
          },
        },
      ],
    });
    TestBed.inject(I18nService).setLanguage(language);
    const fixture = TestBed.createComponent(ScoringPage);
    fixture.componentRef.setInput('assignmentId', 'a1');
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => TestBed.resetTestingModule());

  it('should show a saved score with a decimal comma in Vietnamese, as the step beside it', async () => {
    const fixture = await open({ content: 3.75 });
    const input = scoreInput(fixture, 'content');
    expect(input.type).toBe('text');
    expect(input.inputMode).toBe('decimal');
    expect(input.value).toBe('3,75');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('bước 0,25');
  });

  it('should read a comma and a point typed in Vietnamese as the same score', async () => {
    const fixture = await open({ content: 3.75 });
    await type(fixture, 'craft', '4,25');
    expect(byTestId(fixture, 'sheet-total').textContent?.trim()).toBe('8 / 10');
    await type(fixture, 'craft', '4.25');
    expect(byTestId(fixture, 'sheet-total').textContent?.trim()).toBe('8 / 10');

    scoreInput(fixture, 'craft').dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(scoreInput(fixture, 'craft').value).toBe('4,25');
  });

  it('should write and read a decimal point in English, and refuse a comma there', async () => {
    const fixture = await open({ content: 3.75 }, 'en');
    expect(scoreInput(fixture, 'content').value).toBe('3.75');
    await type(fixture, 'craft', '4.25');
    expect(byTestId(fixture, 'sheet-total').textContent?.trim()).toBe('8 / 10');

    await type(fixture, 'craft', '4,25');
    expect(byTestId(fixture, 'field-error-scores.craft').textContent).toContain('Hình thức');
    expect(byTestId(fixture, 'sheet-total-pending')).toBeTruthy();
  });

  it('should rewrite the scores when the language changes', async () => {
    const fixture = await open({ content: 3.75 });
    expect(scoreInput(fixture, 'content').value).toBe('3,75');
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(scoreInput(fixture, 'content').value).toBe('3.75');
  });

  it('should step with the arrow keys within 0 and the maximum, as a number input does', async () => {
    const fixture = await open({ content: 4.75 });
    const input = scoreInput(fixture, 'content');
    const press = async (key: string) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
      await fixture.whenStable();
    };
    await press('ArrowUp');
    expect(input.value).toBe('5');
    await press('ArrowUp');
    expect(input.value).toBe('5');
    await press('ArrowDown');
    expect(input.value).toBe('4,75');
  });
});
