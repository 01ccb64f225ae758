import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VerificationPackage } from '@press-award/contracts';
import { rankRound } from '@press-award/domain';
import { VerifyResultsPage } from './verify-results.page';

function tamperedPackage(): VerificationPackage {
  const round = {
    roundId: 'r1',
    name: 'Chung khảo',
    order: 1,
    method: 'mean' as const,
    parameters: { maxTotal: 10, expectedSheets: 1, disagreementPoints: 2 },
    rubric: {
      criteria: [
        { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
        { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25 },
      ],
    },
    entries: [
      { entryCode: 'IN-0001', category: 'IN' },
      { entryCode: 'IN-0002', category: 'IN' },
    ],
    sheets: [
      { entryCode: 'IN-0001', judge: 'GK01', scores: { content: 4.5, craft: 4 } },
      { entryCode: 'IN-0002', judge: 'GK01', scores: { content: 3, craft: 3.5 } },
    ],
  };
  const published = { ...round, ranking: rankRound(round) };
  // A copy in which someone raised the second entry's score after publication.
  published.sheets[1] = { entryCode: 'IN-0002', judge: 'GK01', scores: { content: 5, craft: 5 } };
  return { awardId: 'a1', snapshotHash: '0'.repeat(64), rounds: [published] };
}

describe(VerifyResultsPage.name, () => {
  it('should name the entry whose scores no longer give the published ranking', async () => {
    TestBed.configureTestingModule({
      imports: [VerifyResultsPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(VerifyResultsPage);
    (fixture.componentRef as ComponentRef<VerifyResultsPage>).setInput('awardId', 'a1');
    await fixture.whenStable();
    http.expectOne('/api/v1/public/awards/a1/verification').flush(tamperedPackage());
    await fixture.whenStable();

    const outcome = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="verify-outcome"]',
    );
    expect(outcome?.getAttribute('data-matches')).toBe('false');
    expect(outcome?.textContent).toContain('Không khớp');
    expect(outcome?.textContent).toContain('IN-0002');
    http.verify();
  });
});
