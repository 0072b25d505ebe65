import { can } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { useConversation } from '../api/inboxQueries';
import { useSession } from '../shell/SessionContext';
import { ChannelBadge } from './badges';
import { ContactHistory } from './ContactHistory';
import { ContactNotes } from './ContactNotes';

/** The right column: who the customer is, where they write from, notes about them, and their history. */
export function ContactPanel({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const detail = useConversation(id).data;
  if (!detail) return null;
  const { contact, history } = detail;
  const details: [string, string][] = [
    ...(contact.email ? [[t('common.email'), contact.email] as [string, string]] : []),
    ...(contact.phone ? [[t('inbox.contact.phone'), contact.phone] as [string, string]] : []),
    ...Object.entries(contact.attributes),
  ];

  return (
    <div className="contact-panel" data-testid="contact-panel" data-contact-id={contact.id}>
      <div className="pane-bar only-medium">
        <button type="button" className="button-quiet" onClick={onBack} data-testid="back-to-conversation">
          {t('inbox.contact.back')}
        </button>
      </div>
      <h2 className="break" data-testid="contact-name">
        {contact.name}
      </h2>
      <section aria-labelledby={`${id}-identities`}>
        <h3 id={`${id}-identities`}>{t('inbox.contact.identities')}</h3>
        <ul className="plain-list">
          {contact.identities.map((identity) => (
            <li key={identity.id} className="identity" data-testid="contact-identity">
              <ChannelBadge kind={identity.channel} />{' '}
              <span className="break">{identity.handle ?? identity.displayName ?? identity.externalId}</span>
            </li>
          ))}
        </ul>
      </section>
      {details.length > 0 && (
        <section aria-labelledby={`${id}-attributes`}>
          <h3 id={`${id}-attributes`}>{t('inbox.contact.attributes')}</h3>
          <dl className="attributes">
            {details.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd className="break">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <ContactNotes contact={contact} conversationId={id} canWrite={can(session.role, 'conversations.work')} />
      <ContactHistory history={history.filter((h) => h.id !== id)} />
    </div>
  );
}
