import { useEffect, useRef } from 'react';

const SEQUENCE_TIMEOUT_MS = 1200;

/** A key sequence ("g m": press g, then m; "?" one key) and what it does. */
export interface Binding {
  keys: string;
  run: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * One keyboard listener for the whole app: runs the binding whose key sequence was typed, unless
 * the user is typing in a field or a dialog is open. One listener (rather than one per page)
 * keeps a sequence such as "g i" from also firing a page's single-key "i".
 */
export function useShortcuts(bindings: readonly Binding[]): void {
  const current = useRef(bindings);
  useEffect(() => {
    current.current = bindings;
  }, [bindings]);

  useEffect(() => {
    let pending = '';
    let pendingAt = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key.length !== 1 || document.querySelector('dialog[open]')) return;
      const now = Date.now();
      const typed = pending && now - pendingAt < SEQUENCE_TIMEOUT_MS ? `${pending} ${e.key}` : e.key;
      const match = current.current.find((b) => b.keys === typed);
      if (match) {
        e.preventDefault();
        pending = '';
        match.run();
      } else if (current.current.some((b) => b.keys.startsWith(`${typed} `))) {
        pending = typed;
        pendingAt = now;
      } else {
        pending = '';
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
