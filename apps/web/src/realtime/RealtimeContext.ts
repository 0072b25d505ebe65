import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { PresenceState } from './client';
import type { PresenceStore, Viewer } from './presence';

/** What pages may do with the shell's one realtime connection: read and announce presence. */
export interface RealtimeHandle {
  presence: PresenceStore;
  sendPresence: (conversationId: string, state: PresenceState) => void;
}

export const RealtimeContext = createContext<RealtimeHandle | null>(null);

const noViewers: readonly Viewer[] = [];
const noSubscription = () => () => undefined;

export function useRealtimeHandle(): RealtimeHandle | null {
  return useContext(RealtimeContext);
}

/** The colleagues viewing or typing in a conversation, kept current. */
export function usePresence(conversationId: string): readonly Viewer[] {
  const handle = useContext(RealtimeContext);
  const store = handle?.presence;
  const read = useCallback(() => (store ? store.viewers(conversationId) : noViewers), [store, conversationId]);
  return useSyncExternalStore(store ? store.subscribe : noSubscription, read);
}
