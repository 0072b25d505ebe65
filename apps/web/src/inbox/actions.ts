/**
 * The inbox's keyboard actions as data, like the navigation in shell/actions.ts: label, keys,
 * when it is available, and a pure `perform` from one inbox state to the next. What cannot be pure
 * (focusing a field, assigning) is asked for through `request`, which the page carries out.
 */
import { can } from '@balie/contracts';
import type { ParseKeys } from 'i18next';
import type { Role } from '../api/types';

export type InboxRequestTarget = 'reply' | 'note' | 'resolve' | 'assignToMe' | 'loadMore';

/** A new object each time, so asking twice for the same thing still does it twice. */
export interface InboxRequest {
  target: InboxRequestTarget;
  conversationId: string | null;
}

export interface InboxState {
  /** The conversations loaded in the queue, in the server's order. */
  ids: readonly string[];
  selectedId: string | null;
  helpOpen: boolean;
  request: InboxRequest | null;
}

export interface InboxActionContext {
  role: Role;
  hasSelection: boolean;
}

export interface InboxAction {
  id: string;
  label: ParseKeys;
  keys: string;
  visible: (ctx: InboxActionContext) => boolean;
  perform: (state: InboxState) => InboxState;
}

const always = () => true;
const canWorkSelected = ({ role, hasSelection }: InboxActionContext) => hasSelection && can(role, 'conversations.work');

function ask(state: InboxState, target: InboxRequestTarget): InboxState {
  return { ...state, request: { target, conversationId: state.selectedId } };
}

/** Moves the selection `step` places through the loaded queue; past the end asks for more. */
export function move(state: InboxState, step: 1 | -1): InboxState {
  const { ids, selectedId } = state;
  if (ids.length === 0) return state;
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  if (at === -1) return { ...state, selectedId: step === 1 ? (ids[0] ?? null) : (ids[ids.length - 1] ?? null) };
  const next = at + step;
  if (next >= ids.length) return ask(state, 'loadMore');
  return next < 0 ? state : { ...state, selectedId: ids[next] ?? null };
}

export const inboxActions: readonly InboxAction[] = [
  { id: 'inbox.next', label: 'inbox.shortcuts.next', keys: 'j', visible: always, perform: (s) => move(s, 1) },
  { id: 'inbox.previous', label: 'inbox.shortcuts.previous', keys: 'k', visible: always, perform: (s) => move(s, -1) },
  {
    id: 'inbox.assignToMe',
    label: 'inbox.shortcuts.assignToMe',
    keys: 'a',
    visible: canWorkSelected,
    perform: (s) => ask(s, 'assignToMe'),
  },
  {
    id: 'inbox.resolve',
    label: 'inbox.shortcuts.resolve',
    keys: 'e',
    visible: canWorkSelected,
    perform: (s) => ask(s, 'resolve'),
  },
  { id: 'inbox.reply', label: 'inbox.shortcuts.reply', keys: 'r', visible: canWorkSelected, perform: (s) => ask(s, 'reply') },
  { id: 'inbox.note', label: 'inbox.shortcuts.note', keys: 'n', visible: canWorkSelected, perform: (s) => ask(s, 'note') },
  {
    id: 'inbox.help',
    label: 'inbox.shortcuts.help',
    keys: '?',
    visible: always,
    perform: (s) => ({ ...s, helpOpen: !s.helpOpen }),
  },
];
