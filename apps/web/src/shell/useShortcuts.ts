import { useEffect } from 'react';
import type { Role } from '../api/types';
import type { Action } from './actions';

const SEQUENCE_TIMEOUT_MS = 1200;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs the visible action whose key sequence was typed, unless the user is typing in a field. */
export function useShortcuts(actions: readonly Action[], role: Role, run: (action: Action) => void): void {
  useEffect(() => {
    let pending = '';
    let pendingAt = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key.length !== 1) return;
      const now = Date.now();
      const typed = pending && now - pendingAt < SEQUENCE_TIMEOUT_MS ? `${pending} ${e.key}` : e.key;
      const visible = actions.filter((a) => a.visible({ role }));
      const match = visible.find((a) => a.keys === typed);
      if (match) {
        e.preventDefault();
        pending = '';
        run(match);
      } else if (visible.some((a) => a.keys.startsWith(`${typed} `))) {
        pending = typed;
        pendingAt = now;
      } else {
        pending = '';
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, role, run]);
}
