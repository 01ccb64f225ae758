import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { filter, map } from 'rxjs';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import type { UiLanguage } from '@press-award/contracts';
import { AuthService } from './core/auth/auth.service';
import { approvalPath, steeringAwardId } from './core/auth/landing';
import type { TranslationKey } from './core/i18n/dictionary.vi';
import { I18nService } from './core/i18n/i18n.service';
import { TranslatePipe } from './core/i18n/t.pipe';

interface NavItem {
  path: string;
  label: TranslationKey;
  testId: string;
  exact: boolean;
}

@Component({
  selector: 'pa-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    MatMenuModule,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly languages: readonly UiLanguage[] = ['vi', 'en'];
  /** Each language by its own name, in the phone menu (the toolbar shows VI / EN). */
  protected readonly languageNames: Record<UiLanguage, TranslationKey> = {
    vi: 'nav.languageName.vi',
    en: 'nav.languageName.en',
  };

  protected readonly nav = computed<NavItem[]>(() => {
    const items: NavItem[] = [{ path: '/', label: 'nav.home', testId: 'nav-home', exact: true }];
    if (this.auth.user()) {
      items.push({
        path: '/entries',
        label: 'nav.myEntries',
        testId: 'nav-my-entries',
        exact: false,
      });
    }
    if (this.auth.isOrganization()) {
      items.push({ path: '/batches', label: 'nav.batches', testId: 'nav-batches', exact: false });
    }
    if (this.auth.isJudge()) {
      items.push({ path: '/judging', label: 'nav.judging', testId: 'nav-judging', exact: false });
    }
    const steering = steeringAwardId(this.auth.user() ?? { memberships: [] });
    if (steering) {
      items.push({
        path: approvalPath(steering),
        label: 'nav.approval',
        testId: 'nav-approval',
        exact: false,
      });
    }
    if (this.auth.canManageAwards()) {
      items.push({ path: '/manage', label: 'nav.myAwards', testId: 'nav-my-awards', exact: false });
    }
    if (this.auth.isAdmin()) {
      items.push({
        path: '/admin/outbox',
        label: 'nav.outbox',
        testId: 'nav-outbox',
        exact: false,
      });
    }
    return items;
  });

  constructor() {
    void this.auth.ensureLoaded();
  }

  protected setLanguage(language: UiLanguage): void {
    this.i18n.setLanguage(language);
  }

  protected async logout(): Promise<void> {
    await this.auth.logout().catch(() => undefined);
    await this.router.navigateByUrl('/');
  }

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** Come back to the page the visitor was reading after signing in. */
  protected readonly loginQuery = computed(() => {
    const url = this.url();
    const pointless = url === '/' || url.startsWith('/login') || url.startsWith('/register');
    return pointless ? null : { returnUrl: url };
  });
}
