/**
 * UI actions as data: each one names its label, keyboard shortcut, when it is visible, and a pure
 * `perform` that returns the next shell state. Navigation, the shortcuts, the shortcut help and
 * (later) a command palette all read this one list. The inbox's own actions are in inbox/actions.ts.
 */
import { can, type Permission } from '@balie/contracts';
import type { ParseKeys } from 'i18next';
import type { Role } from '../api/types';

export const pageIds = [
  'inbox',
  'activity',
  'members',
  'tokens',
  'audit',
  'jobs',
  'raw-events',
  'account',
  'search',
  'contact',
] as const;
export type PageId = (typeof pageIds)[number];

export interface ShellState {
  page: PageId;
}

export interface ActionContext {
  role: Role;
}

export interface Action {
  id: string;
  label: ParseKeys;
  /** Space-separated key sequence, e.g. "g m": press g, then m. */
  keys: string;
  visible: (ctx: ActionContext) => boolean;
  perform: (state: ShellState) => ShellState;
}

export interface NavAction extends Action {
  page: PageId;
}

/** The pages whose menu label is `nav.<page>`; others name their label (see `navTo`). */
type NavLabelledPage = { [P in PageId]: `nav.${P}` extends ParseKeys ? P : never }[PageId];

function goTo(page: NavLabelledPage, keys: string, permission?: Permission): NavAction {
  return navTo(page, keys, permission, `nav.${page}`);
}

function navTo(page: PageId, keys: string, permission: Permission | undefined, label: ParseKeys): NavAction {
  return {
    page,
    id: `nav.${page}`,
    label,
    keys,
    visible: ({ role }) => !permission || can(role, permission),
    perform: (state) => ({ ...state, page }),
  };
}

/** The navigation, in menu order. */
export const navigationActions = [
  goTo('inbox', 'g i', 'conversations.read'),
  goTo('activity', 'g h', 'events.read'),
  goTo('members', 'g m', 'members.read'),
  goTo('tokens', 'g t', 'tokens.manage'),
  goTo('audit', 'g l', 'audit.read'),
  goTo('jobs', 'g f', 'jobs.manage'),
  navTo('raw-events', 'g w', 'channels.manage', 'rawEvents.nav'),
  goTo('account', 'g s', 'inbox.settings'),
] as const satisfies readonly NavAction[];

/** Pages reached by a link or the search box rather than the menu, and who may open them. */
const linkedPages: Partial<Record<PageId, Permission>> = { search: 'conversations.read', contact: 'conversations.read' };

export function pageAllowed(page: PageId, role: Role): boolean {
  const nav = navigationActions.find((a) => a.page === page);
  if (nav) return nav.visible({ role });
  const permission = linkedPages[page];
  return permission !== undefined && can(role, permission);
}

export function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}
