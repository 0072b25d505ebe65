import { useTranslation } from 'react-i18next';
import type { ContactHit, MessageHit, NoteHit } from '../api/inboxTypes';
import { Time } from '../components/Time';
import { ChannelBadge } from '../inbox/badges';
import { hrefFor } from '../shell/useHashRoute';
import { SnippetText } from './SnippetText';

/** Contacts found by name or handle, typos allowed; each opens their latest conversation, else their page. */
export function ContactResults({ items }: { items: readonly ContactHit[] }) {
  return (
    <ul className="plain-list search-list">
      {items.map((c) => (
        <li key={c.id}>
          <a
            href={hrefFor(c.latestConversationId ? `inbox/${c.latestConversationId}` : `contact/${c.id}`)}
            className="search-item"
            data-testid="search-contact"
            data-contact-id={c.id}
          >
            <span className="search-item-title break">{c.name}</span>
            {c.handle && <span className="muted break">{c.handle}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Notes about customers; each opens the customer's page. */
export function NoteResults({ items }: { items: readonly NoteHit[] }) {
  return (
    <ul className="plain-list search-list">
      {items.map((n) => (
        <li key={n.id}>
          <a
            href={hrefFor(`contact/${n.contactId}`)}
            className="search-item"
            data-testid="search-note"
            data-contact-id={n.contactId}
          >
            <span className="search-item-top">
              <span className="search-item-title break">{n.contactName}</span>
              <Time iso={n.createdAt} />
            </span>
            <SnippetText parts={n.snippet} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Messages, newest first; each opens its conversation in the inbox, with a link to the customer beside it. */
export function MessageResults({ items }: { items: readonly MessageHit[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list search-list">
      {items.map((m) => (
        <li key={m.messageId} className="search-message-item">
          <a
            href={hrefFor(`inbox/${m.conversationId}`)}
            className="search-item"
            data-testid="search-message"
            data-conversation-id={m.conversationId}
            data-message-id={m.messageId}
          >
            <span className="search-item-top">
              <ChannelBadge kind={m.channel} />
              <span className="search-item-title break">{m.contactName}</span>
              <span className="muted">{t(`search.direction.${m.direction}`)}</span>
              <Time iso={m.createdAt} />
            </span>
            <SnippetText parts={m.snippet} />
          </a>
          <a href={hrefFor(`contact/${m.contactId}`)} className="search-contact-link" data-testid="search-message-contact">
            {t('search.openContact', { name: m.contactName })}
          </a>
        </li>
      ))}
    </ul>
  );
}
