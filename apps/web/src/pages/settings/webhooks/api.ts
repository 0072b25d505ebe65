/** Outbound webhooks' server state: the admin API under /api/webhooks, through the shared query cache. */
import type { DeliveryAttempt, WebhookEventType, WebhookSubscription } from '@balie/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { api } from '../../../api/client';

export type { DeliveryAttempt, WebhookEventType, WebhookSubscription };

export interface CreatedWebhook extends WebhookSubscription {
  /** The signing secret: in this answer only. */
  secret: string;
}

export interface NewWebhook {
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  allowPrivateNetwork: boolean;
}

interface DeliveryPage {
  items: DeliveryAttempt[];
  nextCursor: string | null;
}

/** The events an account can subscribe to, in the order the form shows them, with their names. */
export const webhookEvents = {
  'message.created': 'webhooks.events.messageCreated',
  'message.delivery': 'webhooks.events.messageDelivery',
  'conversation.created': 'webhooks.events.conversationCreated',
  'conversation.updated': 'webhooks.events.conversationUpdated',
  'contact.updated': 'webhooks.events.contactUpdated',
} as const satisfies Record<WebhookEventType, ParseKeys>;

export const webhookEventTypes = Object.keys(webhookEvents) as WebhookEventType[];

export function isWebhookEvent(type: string): type is WebhookEventType {
  return Object.hasOwn(webhookEvents, type);
}

export const webhookKeys = {
  all: ['webhooks'] as const,
  deliveries: (path: string) => ['webhooks', 'deliveries', path] as const,
};

const DELIVERY_PAGE = 25;

export function useWebhooks(enabled = true) {
  return useQuery({
    queryKey: webhookKeys.all,
    queryFn: async () => (await api.get<{ items: WebhookSubscription[] }>('/api/webhooks')).items,
    enabled,
  });
}

export function useCreateWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewWebhook) => api.post<CreatedWebhook>('/api/webhooks', body),
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useUpdateWebhook(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { enabled: boolean }) => api.patch<WebhookSubscription>(`/api/webhooks/${encodeURIComponent(id)}`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useDeleteWebhook(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ deleted: true }>(`/api/webhooks/${encodeURIComponent(id)}`),
    onSettled: () => qc.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

/**
 * A delivery log, newest first, a page at a time: a subscription's (`/api/webhooks/:id/deliveries`)
 * or an API channel's replies (`/api/connections/:id/deliveries`).
 */
export function useDeliveries(path: string) {
  return useInfiniteQuery({
    queryKey: webhookKeys.deliveries(path),
    queryFn: ({ pageParam }) => api.get<DeliveryPage>(path, { cursor: pageParam, limit: DELIVERY_PAGE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
