import { createContext, useContext, useEffect } from 'react';
import type { Binding } from './useShortcuts';

/** Lets the current page add its own shortcuts to the shell's one keyboard listener. */
export const PageShortcutsContext = createContext<(bindings: readonly Binding[]) => void>(() => undefined);

/** Registers a page's bindings while it is shown; pass a memoized list. */
export function usePageShortcuts(bindings: readonly Binding[]): void {
  const register = useContext(PageShortcutsContext);
  useEffect(() => {
    register(bindings);
    return () => register([]);
  }, [register, bindings]);
}
