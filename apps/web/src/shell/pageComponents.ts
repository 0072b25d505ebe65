import type { ComponentType } from 'react';
import { InboxPage } from '../inbox/InboxPage';
import { AccountPage } from '../pages/AccountPage';
import { ActivityPage } from '../pages/ActivityPage';
import { AuditPage } from '../pages/AuditPage';
import { FailedJobsPage } from '../pages/FailedJobsPage';
import { MembersPage } from '../pages/MembersPage';
import { TokensPage } from '../pages/TokensPage';
import type { PageId } from './actions';

/** One component per page; `satisfies` makes a page without a component a compile error. */
export const pageComponents = {
  inbox: InboxPage,
  activity: ActivityPage,
  members: MembersPage,
  tokens: TokensPage,
  audit: AuditPage,
  jobs: FailedJobsPage,
  account: AccountPage,
} satisfies Record<PageId, ComponentType>;
