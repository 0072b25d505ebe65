import { ChannelKind as ChannelKindSchema, ConversationStatus as StatusSchema } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { noSearchFilters, type ChannelKind, type ConversationStatus, type SearchFilters } from '../api/inboxTypes';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';

interface Props {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}

/** Narrows the message results: channel, conversation status, public or private, a date range. */
export function SearchFiltersRow({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const any = { value: '', label: t('inbox.filters.any') } as const;
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters search-filters" role="group" aria-label={t('inbox.filters.title')}>
      <SelectField<ChannelKind | ''>
        label={t('inbox.filters.channel')}
        value={filters.channel}
        options={[any, ...ChannelKindSchema.options.map((k) => ({ value: k, label: t(`inbox.channel.${k}`) }))]}
        onChange={(channel) => set({ channel })}
        testId="search-filter-channel"
      />
      <SelectField<ConversationStatus | ''>
        label={t('search.status')}
        value={filters.status}
        options={[any, ...StatusSchema.options.map((s) => ({ value: s, label: t(`inbox.status.${s}`) }))]}
        onChange={(status) => set({ status })}
        testId="search-filter-status"
      />
      <SelectField
        label={t('inbox.filters.visibility')}
        value={filters.visibility}
        options={[
          any,
          { value: 'public', label: t('inbox.visibility.public') },
          { value: 'private', label: t('inbox.visibility.private') },
        ]}
        onChange={(visibility) => set({ visibility })}
        testId="search-filter-visibility"
      />
      <TextField
        label={t('search.since')}
        type="date"
        value={filters.since}
        onChange={(since) => set({ since })}
        testId="search-filter-since"
      />
      <TextField
        label={t('search.until')}
        type="date"
        value={filters.until}
        onChange={(until) => set({ until })}
        testId="search-filter-until"
      />
      {Object.values(filters).some(Boolean) && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => onChange(noSearchFilters)}
          data-testid="search-filter-clear"
        >
          {t('inbox.filters.clear')}
        </button>
      )}
    </div>
  );
}
