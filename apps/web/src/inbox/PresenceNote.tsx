import { useTranslation } from 'react-i18next';
import { usePresence } from '../realtime/RealtimeContext';
import type { Viewer } from '../realtime/presence';

function names(viewers: readonly Viewer[], language: string): string {
  const list = viewers.map((v) => v.userName);
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}

/** "Sanne bekijkt dit gesprek" / "Sanne is aan het typen…": colleagues in this conversation now. */
export function PresenceNote({ conversationId }: { conversationId: string }) {
  const { t, i18n } = useTranslation();
  const viewers = usePresence(conversationId);
  if (viewers.length === 0) return null;
  const typing = viewers.filter((v) => v.typing);
  const viewing = viewers.filter((v) => !v.typing);
  return (
    <p className="presence" data-testid="presence" role="status">
      <span className="presence-dot" aria-hidden="true" />
      {typing.length > 0 && (
        <span data-state="typing">
          {t('inbox.presence.typing', { names: names(typing, i18n.language), count: typing.length })}
        </span>
      )}
      {typing.length > 0 && viewing.length > 0 && ' · '}
      {viewing.length > 0 && (
        <span data-state="viewing">
          {t('inbox.presence.viewing', { names: names(viewing, i18n.language), count: viewing.length })}
        </span>
      )}
    </p>
  );
}

/** The small marker on a queue row: who has this conversation open. */
export function QueueViewers({ conversationId }: { conversationId: string }) {
  const { t, i18n } = useTranslation();
  const viewers = usePresence(conversationId);
  if (viewers.length === 0) return null;
  const text = names(viewers, i18n.language);
  return (
    <span
      className="queue-row-viewers"
      data-testid="queue-viewers"
      title={t('inbox.presence.viewing', { names: text, count: viewers.length })}
    >
      <span className="presence-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('inbox.presence.viewing', { names: text, count: viewers.length })}</span>
      <span aria-hidden="true">{viewers.map((v) => v.userName.split(' ')[0]).join(', ')}</span>
    </span>
  );
}
