import { useEffect, useRef } from 'react';
import type { InboxRequest, InboxRequestTarget } from './actions';

/** What a keyboard action asked the conversation to do, and how to say it has been done. */
export interface RequestChannel {
  request: InboxRequest | null;
  done: (request: InboxRequest) => void;
}

/** Carries out a request meant for this conversation and one of these targets, once. */
export function useRequest(
  channel: RequestChannel,
  conversationId: string,
  targets: readonly InboxRequestTarget[],
  handle: (target: InboxRequestTarget) => void,
): void {
  const handled = useRef<InboxRequest | null>(null);
  const handler = useRef(handle);
  useEffect(() => {
    handler.current = handle;
  });
  const { request, done } = channel;
  useEffect(() => {
    if (!request || request === handled.current || request.conversationId !== conversationId) return;
    if (!targets.includes(request.target)) return;
    handled.current = request;
    handler.current(request.target);
    done(request);
  }, [request, done, conversationId, targets]);
}
