import { lazy, type ComponentType } from 'react';
import { InboxPage } from '../inbox/InboxPage';
import type { PageId } from './actions';

// The inbox is where agents spend the day and loads with the app; every other page is fetched
// the first time it is opened, which keeps the first download small.
const ActivityPage = lazy(() => import('../pages/ActivityPage').then((m) => ({ default: m.ActivityPage })));
const MembersPage = lazy(() => import('../pages/MembersPage').then((m) => ({ default: m.MembersPage })));
const TokensPage = lazy(() => import('../pages/TokensPage').then((m) => ({ default: m.TokensPage })));
const AuditPage = lazy(() => import('../pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const FailedJobsPage = lazy(() => import('../pages/FailedJobsPage').then((m) => ({ default: m.FailedJobsPage })));
const RawEventsPage = lazy(() => import('../pages/RawEventsPage').then((m) => ({ default: m.RawEventsPage })));
const AccountPage = lazy(() => import('../pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const SearchPage = lazy(() => import('../search/SearchPage').then((m) => ({ default: m.SearchPage })));
const ContactPage = lazy(() => import('../contacts/ContactPage').then((m) => ({ default: m.ContactPage })));

/** One component per page; `satisfies` makes a page without a component a compile error. */
export const pageComponents = {
  inbox: InboxPage,
  activity: ActivityPage,
  members: MembersPage,
  tokens: TokensPage,
  audit: AuditPage,
  jobs: FailedJobsPage,
  'raw-events': RawEventsPage,
  account: AccountPage,
  search: SearchPage,
  contact: ContactPage,
} satisfies Record<PageId, ComponentType>;
