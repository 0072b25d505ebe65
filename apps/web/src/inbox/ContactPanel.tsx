import { useTranslation } from 'react-i18next';
import { useConversation } from '../api/inboxQueries';
import { ContactCard } from '../contacts/ContactCard';
import { ContactHistory } from './ContactHistory';

/** The right column: who the customer is, where they write from, notes about them, and their history. */
export function ContactPanel({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const detail = useConversation(id).data;
  if (!detail) return null;
  const { contact, history } = detail;

  return (
    <div className="contact-panel" data-testid="contact-panel" data-contact-id={contact.id}>
      <div className="pane-bar only-medium">
        <button type="button" className="button-quiet" onClick={onBack} data-testid="back-to-conversation">
          {t('inbox.contact.back')}
        </button>
      </div>
      <ContactCard contact={contact}>
        <ContactHistory history={history.filter((h) => h.id !== id)} />
      </ContactCard>
    </div>
  );
}
