import { can, type ReachFigures, SentimentLabel as SentimentLabelSchema, type SentimentLabel } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import type { Message } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatCount } from '../lib/formatCount';
import { SelectField } from '../components/SelectField';
import { useSession } from '../shell/SessionContext';
import { useCorrectAnalysis, useIntents } from './api';
import { formatWeight, intentName, languageName } from './labels';
import { decidingPhrases, isModifier } from './MessageText';
import './analysis.css';

type Analysis = NonNullable<Message['analysis']>;

/**
 * Under a customer message: how it reads (sentiment toward us and others, sarcasm, intent, whether
 * it needs a reply and why, urgency signals, language, formality, personal data), with the details
 * behind "Why?". Agents correct sentiment and intent in one step; viewers only read.
 */
export function AnalysisLine({ message }: { message: Message & { analysis: Analysis } }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const canWork = can(session.role, 'conversations.work');
  const intents = useIntents();
  const correct = useCorrectAnalysis(message.id, message.conversationId);
  const a = message.analysis;
  const sentiment = a.corrected?.sentiment ?? a.sentiment.brand.label;
  const intent = a.corrected?.intent ?? a.intent.label;
  const language = languageName(t, a.language.code, i18n.language);

  if (!a.analysable) {
    return (
      <div className="analysis" role="group" aria-label={t('analysis.label')} data-testid="analysis">
        <span className="analysis-chip">{t('analysis.notAnalysable')}</span>
      </div>
    );
  }

  const intentOptions = (intents.includes(intent) ? intents : [intent, ...intents]).map((code) => ({
    value: code,
    label: intentName(t, code),
  }));
  const phrases = decidingPhrases(a);
  const others = a.sentiment.others;
  const piiTypes = [...new Set(a.pii.map((p) => (p.type === 'custom' && p.name ? p.name : t(`analysis.piiTypes.${p.type}`))))];
  const cues = [...(a.sarcasm.value ? a.sarcasm.cues : []), ...a.formality.cues];

  return (
    <div className="analysis" role="group" aria-label={t('analysis.label')} data-testid="analysis">
      <span className="analysis-item" data-testid="analysis-sentiment" data-sentiment={sentiment}>
        <span className="analysis-key">{t('analysis.sentimentBrand')}:</span>
        {canWork ? (
          <SelectField<SentimentLabel>
            label={t('analysis.correct.sentiment')}
            hideLabel
            value={sentiment}
            options={SentimentLabelSchema.options.map((s) => ({ value: s, label: t(`analysis.sentiment.${s}`) }))}
            onChange={(value) => value !== sentiment && correct.mutate({ field: 'sentiment', value })}
            disabled={correct.isPending}
            testId="correct-sentiment"
          />
        ) : (
          <span className="analysis-chip">{t(`analysis.sentiment.${sentiment}`)}</span>
        )}
        {a.corrected?.sentiment && (
          <span className="analysis-corrected" data-testid="corrected-sentiment">
            {t('analysis.correct.corrected')}
          </span>
        )}
      </span>
      {others.label !== 'neutral' && (
        <span className="analysis-item" data-testid="analysis-others" data-sentiment={others.label}>
          <span className="analysis-key">
            {a.sentiment.competitors.length > 0
              ? t('analysis.sentimentAbout', { names: a.sentiment.competitors.join(', ') })
              : t('analysis.sentimentOthers')}
            :
          </span>
          <span className="analysis-chip">{t(`analysis.sentiment.${others.label}`)}</span>
        </span>
      )}
      {a.sarcasm.value && (
        <span className="analysis-chip analysis-flag" data-testid="analysis-sarcasm">
          {t('analysis.sarcasm')}
        </span>
      )}
      <span className="analysis-item" data-testid="analysis-intent" data-intent={intent}>
        <span className="analysis-key">{t('analysis.intentLabel')}:</span>
        {canWork ? (
          <SelectField
            label={t('analysis.correct.intent')}
            hideLabel
            value={intent}
            options={intentOptions}
            onChange={(value) => value !== intent && correct.mutate({ field: 'intent', value })}
            disabled={correct.isPending}
            testId="correct-intent"
          />
        ) : (
          <span className="analysis-chip">{intentName(t, intent)}</span>
        )}
        {a.corrected?.intent && (
          <span className="analysis-corrected" data-testid="corrected-intent">
            {t('analysis.correct.corrected')}
          </span>
        )}
      </span>
      <span className="analysis-item" data-testid="analysis-needs-reply" data-needs-reply={String(a.needsReply.value)}>
        {a.needsReply.value ? t('analysis.needsReply') : t('analysis.noReplyNeeded')} (
        {t(`analysis.reasons.${a.needsReply.reason}`)})
      </span>
      {a.urgency.signals.length > 0 && (
        <span className="analysis-item analysis-flag" data-testid="analysis-urgency">
          {t('analysis.urgencyLabel')}: {a.urgency.signals.map((s) => t(`analysis.signals.${s}`)).join(', ')}
        </span>
      )}
      {message.reach && <ReachItem figures={message.reach} />}
      <span className="analysis-item" data-testid="analysis-language" data-language={a.language.code}>
        {language}
      </span>
      {a.formality.value !== 'unknown' && <span className="analysis-item">{t(`analysis.formality.${a.formality.value}`)}</span>}
      {piiTypes.length > 0 && (
        <span className="analysis-item analysis-flag" data-testid="analysis-pii">
          {t('analysis.pii')}: {piiTypes.join(', ')}
        </span>
      )}
      {a.truncated && <span className="analysis-item muted">{t('analysis.truncated')}</span>}
      <details className="analysis-why">
        <summary>{t('analysis.why')}</summary>
        <h4>{t('analysis.phrases')}</h4>
        {phrases.length === 0 ? (
          <p className="muted">{t('analysis.noPhrases')}</p>
        ) : (
          <ul className="plain-list" data-testid="analysis-phrases">
            {phrases.map((p) => (
              <li key={`${p.start}:${p.end}`}>
                <q className="break">{p.text}</q> {formatWeight(p.weight)}
                {p.modifiers.length > 0 &&
                  ` (${p.modifiers.map((m) => (isModifier(m) ? t(`analysis.modifiers.${m}`) : m)).join(', ')})`}
              </li>
            ))}
          </ul>
        )}
        <p>
          {intentName(t, a.intent.label)}: {t('analysis.confidence', { percent: Math.round(a.intent.confidence * 100) })}
          {a.intent.alternatives.length > 0 &&
            ` · ${t('analysis.alternatives', {
              list: a.intent.alternatives
                .map((alt) => `${intentName(t, alt.label)} (${Math.round(alt.confidence * 100)}%)`)
                .join(', '),
            })}`}
        </p>
        {cues.length > 0 && <p className="break">{t('analysis.cues', { cues: cues.join(', ') })}</p>}
      </details>
      <ErrorMessage error={correct.error} />
    </div>
  );
}

const REACH_FIGURES = ['followers', 'likes', 'replies', 'reshares'] as const;

/** A public post's audience as its channel last reported it, which urgency weighs. */
function ReachItem({ figures }: { figures: ReachFigures }) {
  const { t, i18n } = useTranslation();
  const parts = REACH_FIGURES.flatMap((figure) => {
    const count = figures[figure];
    if (count === undefined) return [];
    return [t(`analysis.reachFigures.${figure}`, { count, formatted: formatCount({ count, capped: false }, i18n.language) })];
  });
  if (parts.length === 0) return null;
  return (
    <span className="analysis-item" data-testid="analysis-reach">
      {t('analysis.reachFigures.label')}: {parts.join(' · ')}
    </span>
  );
}
