/** The widget settings' server state: the admin API under /api/widgets, through the shared query cache. */
import type { WidgetSettings } from '@balie/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { keys } from '../../../api/keys';

export interface WidgetAdmin {
  connectionId: string;
  name: string;
  /** Public: goes into the embed snippet. */
  widgetToken: string;
  settings: WidgetSettings;
}

interface WidgetList {
  items: WidgetAdmin[];
}

export const widgetKeys = {
  all: ['widgets'] as const,
};

export function useWidgets(enabled = true) {
  return useQuery({
    queryKey: widgetKeys.all,
    queryFn: async () => (await api.get<WidgetList>('/api/widgets')).items,
    enabled,
  });
}

/** Replaces one widget in the cached list with the server's answer. */
function useStore() {
  const qc = useQueryClient();
  return (widget: WidgetAdmin) =>
    qc.setQueryData<WidgetAdmin[]>(widgetKeys.all, (list) => {
      if (!list) return [widget];
      return list.some((w) => w.connectionId === widget.connectionId)
        ? list.map((w) => (w.connectionId === widget.connectionId ? widget : w))
        : [...list, widget];
    });
}

/** Creates a widget; the answer holds the identity secret, which is never sent again. */
export function useCreateWidget() {
  const qc = useQueryClient();
  const store = useStore();
  return useMutation({
    mutationFn: (name: string) => api.post<WidgetAdmin & { identitySecret: string }>('/api/widgets', { name }),
    onSuccess: ({ identitySecret: _secret, ...widget }) => store(widget),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: widgetKeys.all });
      // A widget is a web_chat connection: the channel list shows it too.
      void qc.invalidateQueries({ queryKey: keys.connections });
    },
  });
}

export function useSaveWidget(connectionId: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (settings: WidgetSettings) =>
      api.put<WidgetAdmin>(`/api/widgets/${encodeURIComponent(connectionId)}/settings`, settings),
    onSuccess: store,
  });
}

/** A new identity secret: the old one stops working at once, the new one is in this answer only. */
export function useRotateSecret(connectionId: string) {
  return useMutation({
    mutationFn: () =>
      api.post<{ identitySecret: string }>(`/api/widgets/${encodeURIComponent(connectionId)}/identity-secret`, {}),
  });
}
