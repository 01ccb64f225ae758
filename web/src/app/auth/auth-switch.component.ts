import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The centred line under an account form that leads to the other one (sign in ↔ register). */
@Component({
  selector: 'pa-auth-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p class="pa-muted pa-switch"><ng-content /></p>',
  styles: `
    .pa-switch {
      margin: 16px 0 0;
      text-align: center;
    }
  `,
})
export class AuthSwitchComponent {}
