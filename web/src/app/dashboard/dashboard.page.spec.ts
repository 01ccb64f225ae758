import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AwardDashboardResponse, AwardResponse } from '@press-award/contracts';
import { DashboardPage } from './dashboard.page';

const AWARD_ID = 'a1';
const EMPTY: AwardDashboardResponse = {
  entriesByMediaType: [],
  judgingProgress: [],
  scoreDistributions: [],
  tiers: [],
};
const buckets = (counts: Record<number, number>) =>
  Array.from({ length: 10 }, (_, index) => ({
    from: index,
    to: index + 1,
    count: counts[index] ?? 0,
  }));

function byTestId(fixture: ComponentFixture<unknown>, id: string): HTMLElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

function rowsOf(fixture: ComponentFixture<unknown>, id: string): string[][] {
  return [...(byTestId(fixture, id)?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => cell.textContent?.trim() ?? ''),
  );
}

describe(DashboardPage.name, () => {
  let http: HttpTestingController;
  let getContext: jest.SpyInstance;

  async function open(dashboard: AwardDashboardResponse): Promise<ComponentFixture<DashboardPage>> {
    localStorage.clear();
    // jsdom has no canvas: the charts stay blank, while their tables are what the test reads.
    getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DashboardPage);
    (fixture.componentRef as ComponentRef<DashboardPage>).setInput('awardId', AWARD_ID);
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush({
      id: AWARD_ID,
      name: 'Giải Búa liềm vàng lần thứ V',
      prizeTiers: [],
    } as unknown as AwardResponse);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/dashboard`).flush(dashboard);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => {
    http.verify();
    getContext.mockRestore();
  });

  it('should show an empty state for every chart without data, and no chart', async () => {
    const fixture = await open(EMPTY);
    for (const id of [
      'dashboard-entries-empty',
      'dashboard-progress-empty',
      'dashboard-histogram-empty',
      'dashboard-tiers-empty',
    ]) {
      expect(byTestId(fixture, id)).not.toBeNull();
    }
    expect((fixture.nativeElement as HTMLElement).querySelector('canvas')).toBeNull();
  });

  it('should give every chart a caption and its numbers in a table, with Vietnamese labels', async () => {
    const fixture = await open({
      entriesByMediaType: [
        { mediaType: 'print', status: 'eligible', count: 730 },
        { mediaType: 'tv', status: 'ineligible', count: 3 },
      ],
      judgingProgress: [
        {
          roundId: 'r1',
          roundName: 'Sơ khảo',
          panelId: '',
          panelName: '',
          assigned: 8,
          submitted: 6,
        },
      ],
      scoreDistributions: [
        { roundId: 'r1', judgeId: 'j1', judgeName: 'Giám khảo An', buckets: buckets({ 8: 2 }) },
        { roundId: 'r1', judgeId: 'j2', judgeName: 'Giám khảo Bình', buckets: buckets({ 3: 1 }) },
      ],
      tiers: [{ code: 'A', label: 'Giải A', targetCount: 5, current: 6 }],
    });
    expect(byTestId(fixture, 'dashboard-entries-total')?.textContent).toContain('733');
    expect(byTestId(fixture, 'chart-entries')?.querySelector('figcaption')?.textContent).toContain(
      'không tính bản nháp',
    );
    expect(rowsOf(fixture, 'chart-entries-table')).toEqual([
      ['Báo in', '730', '0', '730'],
      ['Truyền hình', '0', '3', '3'],
    ]);
    expect(rowsOf(fixture, 'chart-progress-table')).toEqual([
      ['Sơ khảo', 'Cả hội đồng', '6', '8', '75 %'],
    ]);
    expect(rowsOf(fixture, 'chart-tiers-table')).toEqual([['Giải A', '6', '5', '+1']]);
    expect(byTestId(fixture, 'chart-tiers')?.querySelector('canvas')?.getAttribute('role')).toBe(
      'img',
    );

    // The first judge is shown; choosing another redraws the histogram and its table.
    expect(rowsOf(fixture, 'chart-histogram-table')[8]).toEqual(['8–9', '2']);
    const select = byTestId(fixture, 'histogram-judge') as HTMLSelectElement;
    select.value = 'r1:j2';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(
      byTestId(fixture, 'chart-histogram')?.querySelector('figcaption')?.textContent,
    ).toContain('Giám khảo Bình');
    expect(rowsOf(fixture, 'chart-histogram-table')[3]).toEqual(['3–4', '1']);
    expect(rowsOf(fixture, 'chart-histogram-table')[8]).toEqual(['8–9', '0']);
  });

  it('should reveal a table that is otherwise only for screen readers', async () => {
    const fixture = await open({
      ...EMPTY,
      tiers: [{ code: 'A', label: 'Giải A', targetCount: 1, current: 0 }],
    });
    const wrapper = byTestId(fixture, 'chart-tiers-table')?.parentElement;
    expect(wrapper?.classList.contains('pa-sr-only')).toBe(true);
    const toggle = byTestId(fixture, 'chart-tiers-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(wrapper?.classList.contains('pa-sr-only')).toBe(false);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  });
});
