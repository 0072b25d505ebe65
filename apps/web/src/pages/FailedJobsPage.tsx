import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { useFailedJobs } from '../api/queries';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadMore } from '../components/LoadMore';
import { Time } from '../components/Time';

export function FailedJobsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const jobs = useFailedJobs();
  const [retried, setRetried] = useState<number | null>(null);
  const retry = useMutation({
    mutationFn: (id: number) => api.post<unknown>(`/api/jobs/${id}/retry`),
    onMutate: () => setRetried(null),
    onSuccess: (_result, id) => setRetried(id),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.failedJobs }),
  });
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="page" aria-labelledby="jobs-title">
      <h1 id="jobs-title">{t('jobs.title')}</h1>
      <p className="intro">{t('jobs.intro')}</p>
      <ErrorMessage error={jobs.error ?? retry.error} />
      {retried !== null && (
        <p className="message message-ok" role="status">
          {t('jobs.retried', { id: retried })}
        </p>
      )}
      {jobs.isPending && <p className="muted">{t('common.loading')}</p>}
      {jobs.isSuccess && items.length === 0 && <p className="empty">{t('jobs.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('jobs.id')}</th>
                <th scope="col">{t('jobs.queue')}</th>
                <th scope="col">{t('jobs.attempts')}</th>
                <th scope="col">{t('jobs.error')}</th>
                <th scope="col">{t('jobs.finishedAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((job) => (
                <tr key={job.id} data-testid="job-row" data-job-id={job.id}>
                  <td className="mono">{job.id}</td>
                  <td className="mono">{job.queue}</td>
                  <td>
                    {job.attempts}/{job.maxAttempts}
                  </td>
                  <td className="changes">{job.lastError && <code>{job.lastError}</code>}</td>
                  <td>
                    <Time iso={job.finishedAt ?? job.createdAt} />
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={retry.isPending}
                      aria-label={t('jobs.retryLabel', { id: job.id })}
                      onClick={() => retry.mutate(job.id)}
                    >
                      {t('jobs.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {jobs.isSuccess && items.length > 0 && (
        <LoadMore hasMore={jobs.hasNextPage} loading={jobs.isFetchingNextPage} onLoad={() => void jobs.fetchNextPage()} />
      )}
    </section>
  );
}
