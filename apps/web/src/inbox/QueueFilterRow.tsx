import { ChannelKind as ChannelKindSchema, Urgency as UrgencySchema } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { useConnections } from '../api/inboxQueries';
import { noFilters, queuePeriods, type ChannelKind, type QueueFilters, type QueuePeriod } from '../api/inboxTypes';
import { SelectField } from '../components/SelectField';
import { useLookups } from './useLookups';

interface Props {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
}

/** Narrows every queue tab at once: channel, urgency, label, team, public or private, when it started. */
export function QueueFilterRow({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const { labels, teams } = useLookups();
  const connections = useConnections().data;
  // Only the channels this account is connected to, once known.
  const kinds: readonly ChannelKind[] = connections
    ? ChannelKindSchema.options.filter((k) => k === filters.channel || connections.some((c) => c.kind === k))
    : ChannelKindSchema.options;
  const any = { value: '', label: t('inbox.filters.any') } as const;
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });

  return (
    <div className="queue-filters" role="group" aria-label={t('inbox.filters.title')}>
      <SelectField<ChannelKind | ''>
        label={t('inbox.filters.channel')}
        value={filters.channel}
        options={[any, ...kinds.map((k) => ({ value: k, label: t(`inbox.channel.${k}`) }))]}
        onChange={(channel) => set({ channel })}
        testId="filter-channel"
      />
      <SelectField
        label={t('inbox.filters.urgency')}
        value={filters.urgency}
        options={[any, ...UrgencySchema.options.map((u) => ({ value: u, label: t(`inbox.urgency.${u}`) }))]}
        onChange={(urgency) => set({ urgency })}
        testId="filter-urgency"
      />
      {labels.length > 0 && (
        <SelectField
          label={t('inbox.filters.labelId')}
          value={filters.labelId}
          options={[any, ...labels.map((l) => ({ value: l.id, label: l.name }))]}
          onChange={(labelId) => set({ labelId })}
          testId="filter-label"
        />
      )}
      {teams.length > 0 && (
        <SelectField
          label={t('inbox.filters.team')}
          value={filters.teamId}
          options={[any, ...teams.map((tm) => ({ value: tm.id, label: tm.name }))]}
          onChange={(teamId) => set({ teamId })}
          testId="filter-team"
        />
      )}
      <SelectField
        label={t('inbox.filters.visibility')}
        value={filters.visibility}
        options={[
          any,
          { value: 'public', label: t('inbox.visibility.public') },
          { value: 'private', label: t('inbox.visibility.private') },
        ]}
        onChange={(visibility) => set({ visibility })}
        testId="filter-visibility"
      />
      <SelectField<QueuePeriod | ''>
        label={t('inbox.filters.period')}
        value={filters.period}
        options={[any, ...queuePeriods.map((p) => ({ value: p, label: t(`inbox.filters.periods.${p}`) }))]}
        onChange={(period) => set({ period })}
        testId="filter-period"
      />
      {Object.values(filters).some(Boolean) && (
        <button type="button" className="button-quiet" onClick={() => onChange(noFilters)} data-testid="filter-clear">
          {t('inbox.filters.clear')}
        </button>
      )}
    </div>
  );
}
