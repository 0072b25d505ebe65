import { can } from '@balie/contracts';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvent, learnNames } from '../activity/describeEvent';
import { useActivityFeed } from '../activity/useActivityFeed';
import { useMembers, useTokens } from '../api/queries';
import { ErrorMessage } from '../components/ErrorMessage';
import { Time } from '../components/Time';
import { useSession } from '../shell/SessionContext';

/** The account's domain events as they arrive, newest first, each as a sentence. */
export function ActivityPage() {
  const { t } = useTranslation();
  const session = useSession();
  const feed = useActivityFeed(session);
  const members = useMembers(can(session.role, 'members.read'));
  const tokens = useTokens(can(session.role, 'tokens.manage'));
  const events = feed.data;

  // Names only ever get added: a removed member keeps their name in the sentences about them.
  const book = useRef(new Map<string, string>()).current;
  const names = useMemo(() => {
    for (const m of members.data?.items ?? []) book.set(m.userId, m.name);
    for (const tk of tokens.data?.items ?? []) book.set(tk.id, tk.name);
    learnNames(book, [...(events ?? [])].reverse());
    return new Map(book);
  }, [book, members.data, tokens.data, events]);

  return (
    <section className="page" aria-labelledby="activity-title">
      <h1 id="activity-title">{t('activity.title')}</h1>
      <p className="intro">{t('activity.intro')}</p>
      <ErrorMessage error={feed.error} />
      {feed.isPending && !events && <p className="muted">{t('common.loading')}</p>}
      {events && events.length === 0 && <p className="empty">{t('activity.empty')}</p>}
      {events && events.length > 0 && (
        <ol className="event-list" aria-live="polite" aria-relevant="additions">
          {events.map((event) => {
            const actor = event.actorId ? names.get(event.actorId) : undefined;
            return (
              <li key={event.seq} className="event" data-testid="event" data-seq={event.seq} data-type={event.type}>
                <span className="event-text">{describeEvent(event, t, names)}</span>
                <span className="event-meta">
                  {actor && <span>{t('activity.by', { name: actor })} · </span>}
                  <Time iso={event.createdAt} />
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
