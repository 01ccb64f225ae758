import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AccountKind,
  AwardRole,
  LoginResponse,
  MeResponse,
  RegisterResponse,
} from '@press-award/contracts';
import { firstValueFrom, tap, type Observable } from 'rxjs';
import { API_BASE } from '../api/api';
import { isManagingRole } from './managing-roles';

export interface RegisterInput {
  email: string;
  password: string;
  fullName: string;
  penName?: string;
  phone?: string;
  organizationName?: string;
  /** `organization`: a press agency or committee filing entries in batches. */
  accountKind?: AccountKind;
  /** The page to come back to: the mailed link carries it. */
  returnUrl?: string;
}

/**
 * Who is signed in. The session itself is the httpOnly cookie the API sets; the browser never
 * sees or stores the token, it only asks `GET /me`.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly current = signal<MeResponse | null>(null);
  private readonly resolved = signal(false);
  private loading: Promise<MeResponse | null> | null = null;

  readonly user = this.current.asReadonly();
  /** False until the first `GET /me` has answered. */
  readonly ready = this.resolved.asReadonly();
  readonly isAdmin = computed(() => this.current()?.roles.includes('admin') ?? false);
  readonly isMember = computed(
    () =>
      this.current()?.memberships.some((membership) => isManagingRole(membership.role)) ?? false,
  );
  /** Admins and organizers of any award may create an award (`award:create`). */
  readonly canCreateAward = computed(() => this.isAdmin() || this.hasAnyRole(['organizer']));
  readonly canManageAwards = computed(() => this.isAdmin() || this.isMember());
  /** Press agencies and committees file entries in batches with a covering letter. */
  readonly isOrganization = computed(() => this.current()?.accountKind === 'organization');
  /** Judges of any award have a workspace of their own score sheets. */
  readonly isJudge = computed(
    () => this.current()?.memberships.some((membership) => membership.role === 'judge') ?? false,
  );

  /** Loads the user once; later calls share the answer. */
  ensureLoaded(): Promise<MeResponse | null> {
    this.loading ??= this.refresh();
    return this.loading;
  }

  async refresh(): Promise<MeResponse | null> {
    try {
      const me = await firstValueFrom(this.http.get<MeResponse>(`${API_BASE}/me`));
      this.current.set(me);
      return me;
    } catch (error) {
      if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
        this.current.set(null);
        return null;
      }
      // A network failure is not a sign-out; keep what we knew.
      return this.current();
    } finally {
      this.resolved.set(true);
    }
  }

  login(email: string, password: string): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(`${API_BASE}/auth/login`, { email, password })
      .pipe(tap((response) => this.signedIn(response.user)));
  }

  /** Answers the same for a new and a taken email; the account is created from the mailed link. */
  register(input: RegisterInput): Observable<RegisterResponse> {
    return this.http.post<RegisterResponse>(`${API_BASE}/auth/register`, input);
  }

  confirmRegistration(token: string): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(`${API_BASE}/auth/register/confirm`, { token })
      .pipe(tap((response) => this.signedIn(response.user)));
  }

  acceptInvitation(token: string, password: string): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(`${API_BASE}/auth/invitations/accept`, { token, password })
      .pipe(tap((response) => this.signedIn(response.user)));
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(`${API_BASE}/auth/logout`, {}));
    } finally {
      this.forget();
    }
  }

  /** Drops the user locally (after logout or when the server says the session is gone). */
  forget(): void {
    this.current.set(null);
    this.resolved.set(true);
    this.loading = Promise.resolve(null);
  }

  hasAnyRole(roles: readonly AwardRole[]): boolean {
    return (
      this.current()?.memberships.some((membership) => roles.includes(membership.role)) ?? false
    );
  }

  rolesIn(awardId: string): AwardRole[] {
    return (this.current()?.memberships ?? [])
      .filter((membership) => membership.awardId === awardId)
      .map((membership) => membership.role);
  }

  canManage(awardId: string): boolean {
    return this.isAdmin() || this.rolesIn(awardId).includes('organizer');
  }

  /** Screening, codes and reading rounds: organizers and the secretariat (the API's `screening:read`). */
  canScreen(awardId: string): boolean {
    return this.canManage(awardId) || this.rolesIn(awardId).includes('secretary');
  }

  private signedIn(user: MeResponse): void {
    this.current.set(user);
    this.resolved.set(true);
    this.loading = Promise.resolve(user);
  }
}
