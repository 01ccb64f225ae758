import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Observable, Subject } from 'rxjs';
import { loadOnInput } from './load-on-input';

/** Each request is answered by the test, so ordering and cancellation are visible. */
interface PendingRequest {
  readonly id: string;
  readonly answer: Subject<string>;
  cancelled: boolean;
}

let requests: PendingRequest[] = [];

function request(id: string): Observable<string> {
  const pending: PendingRequest = { id, answer: new Subject<string>(), cancelled: false };
  requests.push(pending);
  return new Observable<string>((subscriber) => {
    let settled = false;
    const subscription = pending.answer.subscribe({
      next: (value) => {
        settled = true;
        subscriber.next(value);
        subscriber.complete();
      },
      error: (failure: unknown) => {
        settled = true;
        subscriber.error(failure);
      },
    });
    return () => {
      if (!settled) pending.cancelled = true;
      subscription.unsubscribe();
    };
  });
}

@Component({
  selector: 'pa-load-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class LoadHost {
  readonly id = input.required<string>();
  shown: string[] = [];
  readonly page = loadOnInput({
    params: () => this.id(),
    request,
    loaded: (value, id) => this.shown.push(`${id}:${value}`),
  });
}

function host(id: string) {
  const fixture = TestBed.createComponent(LoadHost);
  fixture.componentRef.setInput('id', id);
  fixture.detectChanges();
  return fixture;
}

describe('loadOnInput', () => {
  beforeEach(() => {
    requests = [];
  });

  it('loads for the input, says it is loading until the answer, then hands the answer over', () => {
    const fixture = host('a');
    const page = fixture.componentInstance.page;
    expect(requests.map((r) => r.id)).toEqual(['a']);
    expect(page.loading()).toBe(true);
    expect(fixture.componentInstance.shown).toEqual([]);

    requests[0].answer.next('one');
    expect(fixture.componentInstance.shown).toEqual(['a:one']);
    expect(page.loading()).toBe(false);
    expect(page.error()).toBeNull();
  });

  it('loads again when the input changes, cancelling the load in flight', () => {
    const fixture = host('a');
    fixture.componentRef.setInput('id', 'b');
    fixture.detectChanges();
    expect(requests.map((r) => r.id)).toEqual(['a', 'b']);
    expect(requests[0].cancelled).toBe(true);

    requests[0].answer.next('late');
    requests[1].answer.next('two');
    expect(fixture.componentInstance.shown).toEqual(['b:two']);
  });

  it('turns a failure into a UI error and keeps nothing from it; reload asks again', () => {
    const fixture = host('a');
    const page = fixture.componentInstance.page;
    requests[0].answer.error(new HttpErrorResponse({ status: 0 }));
    expect(page.loading()).toBe(false);
    expect(page.error()).not.toBeNull();
    expect(fixture.componentInstance.shown).toEqual([]);

    page.reload();
    expect(page.error()).toBeNull();
    expect(page.loading()).toBe(true);
    expect(requests.map((r) => r.id)).toEqual(['a', 'a']);
    requests[1].answer.next('again');
    expect(fixture.componentInstance.shown).toEqual(['a:again']);
  });

  it('cancels the load in flight when the page goes away', () => {
    const fixture = host('a');
    fixture.destroy();
    expect(requests[0].cancelled).toBe(true);
  });
});
