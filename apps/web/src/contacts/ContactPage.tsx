import { useTranslation } from 'react-i18next';
import { useContact, useContactConversations } from '../api/contacts';
import { ErrorMessage } from '../components/ErrorMessage';
import { ContactHistory } from '../inbox/ContactHistory';
import { useHashRoute } from '../shell/useHashRoute';
import { ContactCard } from './ContactCard';

/** One customer on their own page (#/contact/<id>), reached from search, with all their conversations. */
export function ContactPage() {
  const { t } = useTranslation();
  const [, , params] = useHashRoute();
  const id = params[0] ?? '';
  const contact = useContact(id);
  const conversations = useContactConversations(id);
  return (
    <section className="page contact-page" aria-label={t('inbox.contact.label')}>
      <ErrorMessage error={contact.error} />
      {contact.isPending && <p className="muted">{t('common.loading')}</p>}
      {contact.data && (
        <ContactCard key={contact.data.id} contact={contact.data}>
          <ErrorMessage error={conversations.error} />
          {conversations.data && (
            <ContactHistory
              history={conversations.data}
              title={t('contacts.conversations')}
              empty={t('contacts.noConversations')}
              testId="contact-conversations"
            />
          )}
        </ContactCard>
      )}
    </section>
  );
}
