import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../api/keys';
import { useAuditLog } from '../api/queries';
import type { AuditEntry } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadMore } from '../components/LoadMore';
import { TextField } from '../components/TextField';
import { Time } from '../components/Time';
import { formatChanges } from '../lib/formatChanges';

const noFilters: AuditFilters = { action: '', targetType: '' };

export function AuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(noFilters);
  const [filters, setFilters] = useState(noFilters);
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilters({ action: draft.action.trim(), targetType: draft.targetType.trim() });
  }

  function actor(entry: AuditEntry): string {
    if (entry.actorName) return entry.actorName;
    return entry.actorType === 'token' ? t('audit.token') : entry.actorType === 'system' ? t('audit.system') : '—';
  }

  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="intro">{t('audit.intro')}</p>
      <form className="filters" onSubmit={apply} role="search" aria-label={t('audit.filters')}>
        <TextField
          label={t('audit.action')}
          value={draft.action}
          onChange={(action) => setDraft({ ...draft, action })}
          placeholder={t('audit.actionPlaceholder')}
          maxLength={100}
          testId="audit-action"
        />
        <TextField
          label={t('audit.targetType')}
          value={draft.targetType}
          onChange={(targetType) => setDraft({ ...draft, targetType })}
          placeholder={t('audit.targetTypePlaceholder')}
          maxLength={100}
          testId="audit-target-type"
        />
        <div className="filter-buttons">
          <button type="submit" className="button-primary" data-testid="audit-apply">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(noFilters);
              setFilters(noFilters);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <ErrorMessage error={log.error} />
      {log.isPending && <p className="muted">{t('common.loading')}</p>}
      {log.isSuccess && entries.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.changes')}</th>
                <th scope="col">{t('audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="audit-row">
                  <td>
                    <Time iso={entry.createdAt} />
                  </td>
                  <td>{actor(entry)}</td>
                  <td className="mono">{entry.action}</td>
                  <td className="break">
                    {entry.targetType}
                    {entry.targetId && <span className="muted mono"> {entry.targetId}</span>}
                  </td>
                  <td className="changes">
                    <ul>
                      {formatChanges(entry.changes).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="mono">{entry.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.isSuccess && entries.length > 0 && (
        <LoadMore hasMore={log.hasNextPage} loading={log.isFetchingNextPage} onLoad={() => void log.fetchNextPage()} />
      )}
    </section>
  );
}
