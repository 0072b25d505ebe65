import { useCallback, useEffect, useRef } from 'react';
import { useRealtimeHandle } from '../realtime/RealtimeContext';

/** Colleagues forget a presence after 45 s; repeating it every 20 s keeps it alive with room to spare. */
const REPEAT_MS = 20_000;
const TYPING_EVERY_MS = 3_000;

/**
 * Tells colleagues this agent has the conversation open (now, every 20 s, and "left" when it
 * closes), and returns a function to call on each keystroke: it says "typing" at most every 3 s.
 */
export function useAnnouncePresence(conversationId: string): () => void {
  const realtime = useRealtimeHandle();
  const lastTyping = useRef(0);

  useEffect(() => {
    if (!realtime) return;
    const announce = () => realtime.sendPresence(conversationId, 'viewing');
    const leave = () => realtime.sendPresence(conversationId, 'left');
    announce();
    const timer = setInterval(announce, REPEAT_MS);
    window.addEventListener('pagehide', leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [realtime, conversationId]);

  return useCallback(() => {
    const now = Date.now();
    if (!realtime || now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    realtime.sendPresence(conversationId, 'typing');
  }, [realtime, conversationId]);
}
