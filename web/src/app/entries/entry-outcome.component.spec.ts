import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { EntryOutcome, EntryProvenance } from '@press-award/contracts';
import { I18nService } from '../core/i18n/i18n.service';
import { EntryOutcomeComponent } from './entry-outcome.component';
import { EntryProvenanceComponent } from './entry-provenance.component';

const ENTRY_ID = 'a0000000-0000-4000-8000-000000000001';
const CERTIFICATE_URL = `/api/v1/entries/${ENTRY_ID}/certificate`;
const SERVER_FILE_NAME = 'Giấy chứng nhận 2020-5B00-00001.pdf';

// jsdom's Blob has no text() (every browser has): the error body of a refused download is read with it.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    configurable: true,
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

function text(fixture: ComponentFixture<unknown>, id: string): string | undefined {
  return byTestId(fixture, id)?.textContent?.trim();
}

describe(EntryOutcomeComponent.name, () => {
  let fixture: ComponentFixture<EntryOutcomeComponent>;
  let http: HttpTestingController;
  let saved: { href: string; download: string }[];
  let click: jest.SpyInstance;

  async function render(outcome: EntryOutcome | null): Promise<void> {
    fixture = TestBed.createComponent(EntryOutcomeComponent);
    const ref = fixture.componentRef as ComponentRef<EntryOutcomeComponent>;
    ref.setInput('entryId', ENTRY_ID);
    ref.setInput('outcome', outcome);
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EntryOutcomeComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    Object.assign(window.URL, {
      createObjectURL: jest.fn(() => 'blob:certificate'),
      revokeObjectURL: jest.fn(),
    });
    saved = [];
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    click.mockRestore();
    http.verify();
  });

  it('should show nothing at all without an outcome (the embargo answer)', async () => {
    await render(null);
    expect(byTestId(fixture, 'entry-outcome')).toBeNull();
    expect(byTestId(fixture, 'certificate-download')).toBeNull();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('');
  });

  it('should show the tier chip and download the certificate under the server file name, in the UI language', async () => {
    await render({
      tierCode: 'A',
      tierLabel: 'Giải A',
      topicPrizes: [],
      standing: 'awarded',
      certificateAvailable: true,
    });
    expect(text(fixture, 'entry-prize')).toBe('Giải A');
    expect(byTestId(fixture, 'entry-outcome')?.getAttribute('data-standing')).toBe('awarded');
    const button = byTestId<HTMLButtonElement>(fixture, 'certificate-download');
    expect(button?.textContent?.trim()).toBe('Tải giấy chứng nhận');

    button?.click();
    await fixture.whenStable();
    expect(byTestId<HTMLButtonElement>(fixture, 'certificate-download')?.disabled).toBe(true);
    const request = http.expectOne((candidate) => candidate.url === CERTIFICATE_URL);
    expect(request.request.params.get('lang')).toBe('vi');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
      headers: {
        'Content-Disposition': `attachment; filename="giay-chung-nhan-2020-5B00-00001.pdf"; filename*=UTF-8''${encodeURIComponent(SERVER_FILE_NAME)}`,
      },
    });
    await fixture.whenStable();

    expect(saved).toEqual([{ href: 'blob:certificate', download: SERVER_FILE_NAME }]);
    expect(byTestId<HTMLButtonElement>(fixture, 'certificate-download')?.disabled).toBe(false);
    expect(byTestId(fixture, 'certificate-download-error')).toBeNull();
  });

  it('should show a work that won only a topic prize as a winner, with its certificate', async () => {
    await render({
      tierCode: null,
      tierLabel: null,
      topicPrizes: [{ code: 'CAO_TUOI', label: 'Tác giả cao tuổi' }],
      standing: 'awarded',
      certificateAvailable: true,
    });
    expect(text(fixture, 'entry-prize')).toBe('Giải chuyên đề: Tác giả cao tuổi');
    expect(byTestId(fixture, 'entry-outcome')?.getAttribute('data-standing')).toBe('awarded');
    expect(byTestId(fixture, 'entry-prize-detail')).toBeNull();
    expect(text(fixture, 'certificate-download')).toBe('Tải giấy chứng nhận');
    expect((fixture.nativeElement as HTMLElement).textContent).not.toMatch(/không đạt|Thu hồi/);
  });

  it('should ask for the English certificate when the UI is in English', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    await render({
      tierCode: 'B',
      tierLabel: 'Giải B',
      topicPrizes: [],
      standing: 'awarded',
      certificateAvailable: true,
    });
    expect(text(fixture, 'certificate-download')).toBe('Download certificate');
    byTestId(fixture, 'certificate-download')?.click();
    const request = http.expectOne((candidate) => candidate.url === CERTIFICATE_URL);
    expect(request.request.params.get('lang')).toBe('en');
    request.flush(new Blob(['%PDF-1.7']));
  });

  it("should show the server's message when the certificate is refused, and save nothing", async () => {
    await render({
      tierCode: 'A',
      tierLabel: 'Giải A',
      topicPrizes: [],
      standing: 'awarded',
      certificateAvailable: true,
    });
    byTestId(fixture, 'certificate-download')?.click();
    const message = 'Giấy chứng nhận chưa có: kết quả chưa công bố hoặc giải đã bị thu hồi.';
    http
      .expectOne((candidate) => candidate.url === CERTIFICATE_URL)
      .flush(
        new Blob(
          [JSON.stringify({ statusCode: 404, code: 'CERTIFICATE_NOT_AVAILABLE', message })],
          {
            type: 'application/json',
          },
        ),
        { status: 404, statusText: 'Not Found' },
      );
    // The Blob body is read back asynchronously before the error reaches the component.
    for (let tick = 0; tick < 20 && !byTestId(fixture, 'certificate-download-error'); tick++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await fixture.whenStable();
    }
    expect(text(fixture, 'certificate-download-error')).toBe(message);
    expect(byTestId<HTMLButtonElement>(fixture, 'certificate-download')?.disabled).toBe(false);
    expect(saved).toEqual([]);
  });

  it('should show "Thu hồi giải" with the lost prize struck through, and no certificate', async () => {
    await render({
      tierCode: 'KK',
      tierLabel: 'Giải Khuyến khích',
      topicPrizes: [],
      standing: 'revoked',
      certificateAvailable: false,
    });
    expect(text(fixture, 'entry-prize')).toBe('Thu hồi giải');
    const detail = byTestId(fixture, 'entry-prize-detail');
    expect(detail?.textContent?.trim()).toBe('Giải Khuyến khích');
    expect(detail?.classList).toContain('pa-outcome__detail--lost');
    expect(byTestId(fixture, 'certificate-download')).toBeNull();
  });

  it('should show "Đã rút" for a withdrawn work, and no certificate', async () => {
    await render({
      tierCode: 'B',
      tierLabel: 'Giải B',
      topicPrizes: [],
      standing: 'withdrawn',
      certificateAvailable: false,
    });
    expect(text(fixture, 'entry-prize')).toBe('Đã rút');
    expect(byTestId(fixture, 'certificate-download')).toBeNull();
  });
});

describe(EntryProvenanceComponent.name, () => {
  const provenance: EntryProvenance = {
    awardId: '5b000000-0000-4000-8000-000000002020',
    awardName: 'Giải báo chí về xây dựng Đảng tỉnh Bình Định năm 2020',
    entryId: 'e1',
    receiptNumber: '2020-5B00-00001',
    tierCode: 'A',
    tierLabel: 'Giải A',
    forwardedAt: '2021-01-05T09:00:00+07:00',
  };

  async function render(
    value: EntryProvenance | null,
    detailed = false,
  ): Promise<ComponentFixture<EntryProvenanceComponent>> {
    localStorage.clear();
    const fixture = TestBed.createComponent(EntryProvenanceComponent);
    fixture.componentRef.setInput('provenance', value);
    fixture.componentRef.setInput('detailed', detailed);
    await fixture.whenStable();
    return fixture;
  }

  it('should say where the work was forwarded from, with the source receipt only when detailed', async () => {
    const compact = await render(provenance);
    expect(text(compact, 'entry-provenance')).toBe(
      'Được chuyển từ Giải báo chí về xây dựng Đảng tỉnh Bình Định năm 2020 – Giải A',
    );
    expect(byTestId(compact, 'entry-provenance-detail')).toBeNull();
    const detailed = await render(provenance, true);
    expect(text(detailed, 'entry-provenance-detail')).toBe(
      'Số biên nhận tại giải gốc: 2020-5B00-00001; chuyển ngày 05/01/2021',
    );
  });

  it('should show nothing for a work that was not forwarded', async () => {
    const fixture = await render(null, true);
    expect(byTestId(fixture, 'entry-provenance')).toBeNull();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('');
  });
});
