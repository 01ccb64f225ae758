import type { Route } from '@angular/router';
import {
  adminGuard,
  awardCreatorGuard,
  awardOrganizerGuard,
  awardStaffGuard,
  signedInGuard,
  signedOutGuard,
} from './core/auth/guards';

/** Every page is its own lazy chunk; the shell is all the first load carries. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
  },
  {
    path: 'awards/:awardId',
    loadComponent: () => import('./awards/public-award.page').then((m) => m.PublicAwardPage),
  },
  {
    // The address the publication emails link to: anyone, no sign-in.
    path: 'awards/:awardId/results',
    loadComponent: () => import('./results/public-results.page').then((m) => m.PublicResultsPage),
  },
  {
    // The verifier anyone can run in the browser once the results are published.
    path: 'awards/:awardId/verify',
    loadComponent: () => import('./results/verify-results.page').then((m) => m.VerifyResultsPage),
  },
  {
    // The steering committee approves the prize list (docs/councils.md); the API decides who reads it.
    path: 'awards/:awardId/approval',
    canActivate: [signedInGuard],
    loadComponent: () => import('./approval/approval.page').then((m) => m.ApprovalPage),
  },
  {
    path: 'awards/:awardId/entries/new',
    canActivate: [signedInGuard],
    loadComponent: () => import('./entries/entry-editor.page').then((m) => m.EntryEditorPage),
  },
  {
    path: 'entries',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        loadComponent: () => import('./entries/my-entries.page').then((m) => m.MyEntriesPage),
      },
      {
        path: ':entryId',
        loadComponent: () => import('./entries/entry-editor.page').then((m) => m.EntryEditorPage),
      },
      {
        path: ':entryId/receipt',
        loadComponent: () => import('./entries/entry-receipt.page').then((m) => m.EntryReceiptPage),
      },
    ],
  },
  {
    // An organization's batches (hồ sơ gửi giải) with their covering letters: docs/agencies.md.
    path: 'batches',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        loadComponent: () => import('./agencies/my-batches.page').then((m) => m.MyBatchesPage),
      },
      {
        path: ':batchId',
        loadComponent: () => import('./agencies/batch.page').then((m) => m.BatchPage),
      },
    ],
  },
  {
    path: 'judging',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        loadComponent: () => import('./judging/my-sheets.page').then((m) => m.MySheetsPage),
      },
      {
        path: ':assignmentId',
        loadComponent: () => import('./judging/scoring.page').then((m) => m.ScoringPage),
      },
    ],
  },
  {
    path: 'help',
    loadComponent: () => import('./help/help.page').then((m) => m.HelpPage),
  },
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'register',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'register/confirm/:token',
    loadComponent: () =>
      import('./auth/confirm-registration.page').then((m) => m.ConfirmRegistrationPage),
  },
  {
    path: 'invite/:token',
    loadComponent: () =>
      import('./auth/accept-invitation.page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'manage',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        loadComponent: () => import('./manage/my-awards.page').then((m) => m.MyAwardsPage),
      },
      {
        path: 'awards/new',
        canActivate: [awardCreatorGuard],
        loadComponent: () => import('./manage/award-editor.page').then((m) => m.AwardEditorPage),
      },
      {
        path: 'awards/:awardId',
        canActivate: [awardOrganizerGuard],
        loadComponent: () => import('./manage/award-editor.page').then((m) => m.AwardEditorPage),
      },
      {
        path: 'awards/:awardId/screening',
        canActivate: [awardStaffGuard],
        loadComponent: () => import('./secretariat/screening.page').then((m) => m.ScreeningPage),
      },
      {
        // The agencies' batches as the secretariat receives them: docs/agencies.md.
        path: 'awards/:awardId/batches',
        canActivate: [awardStaffGuard],
        loadComponent: () =>
          import('./agencies/award-batches.page').then((m) => m.AwardBatchesPage),
      },
      {
        path: 'awards/:awardId/rounds',
        canActivate: [awardStaffGuard],
        loadComponent: () => import('./secretariat/rounds.page').then((m) => m.RoundsPage),
      },
      {
        path: 'awards/:awardId/rounds/:roundId',
        canActivate: [awardStaffGuard],
        loadComponent: () =>
          import('./secretariat/assignment-board.page').then((m) => m.AssignmentBoardPage),
      },
      {
        path: 'awards/:awardId/dashboard',
        canActivate: [awardStaffGuard],
        loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
      },
      {
        path: 'awards/:awardId/aftercare',
        canActivate: [awardStaffGuard],
        loadComponent: () => import('./aftercare/aftercare.page').then((m) => m.AftercarePage),
      },
      {
        path: 'awards/:awardId/documents',
        canActivate: [awardStaffGuard],
        loadComponent: () => import('./documents/documents.page').then((m) => m.DocumentsPage),
      },
      {
        path: 'awards/:awardId/results',
        canActivate: [awardStaffGuard],
        loadComponent: () => import('./results/results.page').then((m) => m.ResultsPage),
      },
    ],
  },
  {
    path: 'admin/outbox',
    canActivate: [adminGuard],
    loadComponent: () => import('./admin/outbox.page').then((m) => m.OutboxPage),
  },
  {
    path: 'forbidden',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.ForbiddenPage),
  },
  {
    path: '**',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
