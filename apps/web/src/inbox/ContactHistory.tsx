import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { InsightChips } from '../analysis/InsightChips';
import type { HistoryItem } from '../api/inboxTypes';
import { Time } from '../components/Time';
import { hrefFor } from '../shell/useHashRoute';
import { ChannelBadge } from './badges';
import { useLookups } from './useLookups';

interface Props {
  history: readonly HistoryItem[];
  /** Instead of "Earlier conversations" (the contact page lists all of them). */
  title?: string;
  empty?: string;
  testId?: string;
}

/** The customer's conversations on every channel, newest first, with how each ended (sentiment, intent); each opens in the inbox. */
export function ContactHistory({ history, title, empty, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { categoryName } = useLookups();
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title ?? t('inbox.contact.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{empty ?? t('inbox.contact.noHistory')}</p>
      ) : (
        <ul className="plain-list history">
          {history.map((h) => {
            const category = categoryName(h.categoryId);
            return (
              <li key={h.id} data-testid="history-item" data-conversation-id={h.id}>
                <a href={hrefFor(`inbox/${h.id}`)} className="history-item">
                  <span className="history-top">
                    <Time iso={h.createdAt} />
                    <ChannelBadge kind={h.channel} />
                    <span className="history-status" data-status={h.status}>
                      {t(`inbox.status.${h.status}`)}
                      {category && ` · ${category}`}
                    </span>
                  </span>
                  <span className="history-preview">{h.lastMessagePreview}</span>
                  {(h.sentiment ?? h.intent) && (
                    <span className="history-insight">
                      <InsightChips sentiment={h.sentiment} intent={h.intent} />
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
