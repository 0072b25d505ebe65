import { ChannelKind as ChannelKindSchema, SentimentLabel as SentimentSchema, Urgency as UrgencySchema } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { useIntents } from '../analysis/api';
import { intentName, languageName } from '../analysis/labels';
import { useConnections } from '../api/inboxQueries';
import { noFilters, queuePeriods, type ChannelKind, type QueueFilters, type QueuePeriod } from '../api/inboxTypes';
import { SelectField } from '../components/SelectField';
import { useLookups } from './useLookups';

interface Props {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  /** Languages seen in the loaded queue, offered besides the usual ones. */
  languages?: readonly string[];
}

const COMMON_LANGUAGES = ['nl', 'en', 'de', 'fr'];

/**
 * Narrows every queue tab at once: channel, urgency, label, team, public or private, when it started,
 * and what the analysis found: language, sentiment toward the brand, intent, whether it needs a reply.
 */
export function QueueFilterRow({ filters, onChange, languages = [] }: Props) {
  const { t, i18n } = useTranslation();
  const intents = useIntents();
  const languageCodes = [...new Set([...COMMON_LANGUAGES, ...languages, ...(filters.language ? [filters.language] : [])])];
  const intentCodes = filters.intent && !intents.includes(filters.intent) ? [...intents, filters.intent] : intents;
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
      <SelectField
        label={t('analysis.filters.language')}
        value={filters.language}
        options={[any, ...languageCodes.map((code) => ({ value: code, label: languageName(t, code, i18n.language) }))]}
        onChange={(language) => set({ language })}
        testId="filter-language"
      />
      <SelectField<QueueFilters['sentiment']>
        label={t('analysis.filters.sentiment')}
        value={filters.sentiment}
        options={[any, ...SentimentSchema.options.map((s) => ({ value: s, label: t(`analysis.sentiment.${s}`) }))]}
        onChange={(sentiment) => set({ sentiment })}
        testId="filter-sentiment"
      />
      <SelectField
        label={t('analysis.filters.intent')}
        value={filters.intent}
        options={[any, ...intentCodes.map((code) => ({ value: code, label: intentName(t, code) }))]}
        onChange={(intent) => set({ intent })}
        testId="filter-intent"
      />
      <SelectField<QueueFilters['needsReply']>
        label={t('analysis.filters.needsReply')}
        value={filters.needsReply}
        options={[any, { value: 'true', label: t('analysis.filters.yes') }, { value: 'false', label: t('analysis.filters.no') }]}
        onChange={(needsReply) => set({ needsReply })}
        testId="filter-needs-reply"
      />
      {Object.values(filters).some(Boolean) && (
        <button type="button" className="button-quiet" onClick={() => onChange(noFilters)} data-testid="filter-clear">
          {t('inbox.filters.clear')}
        </button>
      )}
    </div>
  );
}
