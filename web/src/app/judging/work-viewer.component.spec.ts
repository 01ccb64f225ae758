import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { WorkViewerComponent } from './work-viewer.component';

function text(fixture: ComponentFixture<unknown>, id: string): string | null {
  return (
    (fixture.nativeElement as HTMLElement)
      .querySelector(`[data-testid="${id}"]`)
      ?.textContent?.trim() ?? null
  );
}

/** A judge never meets a silent empty list: files in preparation and files that cannot be shown are said so. */
describe(WorkViewerComponent.name, () => {
  let fixture: ComponentFixture<WorkViewerComponent>;

  async function render(preparing: number, unavailable: number): Promise<void> {
    fixture = TestBed.createComponent(WorkViewerComponent);
    fixture.componentRef.setInput('assignmentId', 'a1');
    fixture.componentRef.setInput('code', 'IN-0001');
    fixture.componentRef.setInput('files', []);
    fixture.componentRef.setInput('preparing', preparing);
    fixture.componentRef.setInput('unavailable', unavailable);
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [WorkViewerComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('should say, in Vietnamese, that a copy is being prepared and another cannot be shown', async () => {
    await render(1, 2);
    expect(text(fixture, 'viewer-preparing')).toContain('Đang chuẩn bị 1 tệp');
    expect(text(fixture, 'viewer-unavailable')).toContain(
      '2 tệp không thể hiển thị — Ban Thư ký đã được báo',
    );
    expect(text(fixture, 'viewer-no-files')).toBeNull();
  });

  it('should keep the plain "no file yet" message only when nothing is pending or unavailable', async () => {
    await render(0, 0);
    expect(text(fixture, 'viewer-no-files')).not.toBeNull();
    expect(text(fixture, 'viewer-preparing')).toBeNull();
    expect(text(fixture, 'viewer-unavailable')).toBeNull();
  });
});
