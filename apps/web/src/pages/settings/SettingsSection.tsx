import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { api } from '../../api/client';

interface Props {
  name: string;
  title: string;
  intro: string;
  children: ReactNode;
}

/** One block of the settings page: a title, what it is for, its list and (for those who may) a form. */
export function SettingsSection({ name, title, intro, children }: Props) {
  const id = useId();
  return (
    <section className="card settings-section" aria-labelledby={id} data-testid={`settings-${name}`}>
      <h2 id={id}>{title}</h2>
      <p className="hint">{intro}</p>
      {children}
    </section>
  );
}

/** POSTs a new item and refetches the list it belongs to. */
export function useCreate<B, R = unknown>(path: string, queryKey: QueryKey) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<R>(path, body),
    onSettled: () => qc.invalidateQueries({ queryKey }),
  });
}
