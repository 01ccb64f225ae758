import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The centred line under an account form that leads to the other one (sign in ↔ register). */
@Component({
  // An attribute on the paragraph itself, so that the page's markup stays a `<p>`.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'p[paAuthSwitch]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'pa-muted pa-switch' },
  template: '<ng-content />',
  styles: `
    :host {
      margin: 16px 0 0;
      text-align: center;
    }
  `,
})
export class AuthSwitchComponent {}
