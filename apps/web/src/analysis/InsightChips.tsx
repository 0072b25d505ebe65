import type { ConversationSummary, SentimentLabel } from '../api/inboxTypes';
import { useTranslation } from 'react-i18next';
import { intentName } from './labels';
import './analysis.css';

type Trend = NonNullable<NonNullable<ConversationSummary['insight']>['sentimentTrend']>;
const ARROW: Record<Trend, string> = { better: '↑', worse: '↓', steady: '→' };

/** Sentiment toward the brand (with its trend) and intent, as two small chips; nothing when unknown. */
export function InsightChips({
  insight,
  sentiment = insight?.sentiment ?? null,
  intent = insight?.intent ?? null,
}: {
  insight?: ConversationSummary['insight'];
  sentiment?: SentimentLabel | null;
  intent?: string | null;
}) {
  const { t } = useTranslation();
  const trend = insight?.sentimentTrend ?? null;
  return (
    <>
      {sentiment && (
        <span
          className="sentiment-chip"
          data-testid="sentiment-chip"
          data-sentiment={sentiment}
          title={`${t('analysis.filters.sentiment')}: ${t(`analysis.sentiment.${sentiment}`)}${trend ? `, ${t(`analysis.trend.${trend}`)}` : ''}`}
        >
          {t(`analysis.sentiment.${sentiment}`)}
          {trend && (
            <>
              {' '}
              <span aria-hidden="true">{ARROW[trend]}</span>
              <span className="visually-hidden">({t(`analysis.trend.${trend}`)})</span>
            </>
          )}
        </span>
      )}
      {intent && (
        <span className="intent-chip" data-testid="intent-chip" data-intent={intent}>
          {intentName(t, intent)}
        </span>
      )}
    </>
  );
}
