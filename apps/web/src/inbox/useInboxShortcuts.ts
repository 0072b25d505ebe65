/** Turns the inbox actions into the shell's key bindings and carries out what they ask for. */
import { useEffect, useMemo, useRef } from 'react';
import type { Role } from '../api/types';
import { usePageShortcuts } from '../shell/PageShortcuts';
import type { Binding } from '../shell/useShortcuts';
import { inboxActions, type InboxAction, type InboxState } from './actions';

interface Options {
  state: InboxState;
  role: Role;
  select: (id: string | null) => void;
  setHelpOpen: (open: boolean) => void;
  setRequest: (request: InboxState['request']) => void;
  loadMore: () => void;
}

export function useInboxShortcuts(options: Options): void {
  // The bindings read the newest state when a key is pressed, so they need not change with it.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const hasSelection = options.state.selectedId !== null;
  const { role } = options;

  const bindings = useMemo(() => {
    const run = (action: InboxAction) => {
      const { state, select, setHelpOpen, setRequest, loadMore } = latest.current;
      const next = action.perform(state);
      if (next.selectedId !== state.selectedId) select(next.selectedId);
      if (next.helpOpen !== state.helpOpen) setHelpOpen(next.helpOpen);
      if (next.request !== state.request) {
        if (next.request?.target === 'loadMore') loadMore();
        else setRequest(next.request);
      }
    };
    return inboxActions
      .filter((a) => a.visible({ role, hasSelection }))
      .map((a): Binding => ({ keys: a.keys, run: () => run(a) }));
  }, [role, hasSelection]);

  usePageShortcuts(bindings);
}
