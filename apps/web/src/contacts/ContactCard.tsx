import { can } from '@balie/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/inboxTypes';
import { useSession } from '../shell/SessionContext';
import { hrefFor } from '../shell/useHashRoute';
import { ContactIdentities } from './ContactIdentities';
import { ContactMerge } from './ContactMerge';
import { ContactNotes } from './ContactNotes';
import { ContactProfile } from './ContactProfile';
import './contacts.css';

/** Everything about one customer: profile, channels, notes, merging; `children` adds more (history). */
export function ContactCard({ contact, children }: { contact: Contact; children?: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const canWork = can(session.role, 'conversations.work');
  return (
    <div className="contact-card" data-testid="contact-card" data-contact-id={contact.id}>
      {contact.mergedInto && (
        <p className="message" role="note" data-testid="contact-merged-into">
          {t('contacts.mergedInto')} <a href={hrefFor(`contact/${contact.mergedInto}`)}>{t('contacts.showMergedInto')}</a>
        </p>
      )}
      <ContactProfile contact={contact} canEdit={canWork && !contact.mergedInto} />
      <ContactIdentities contact={contact} canEdit={canWork && !contact.mergedInto} />
      <ContactNotes contact={contact} canWrite={canWork} />
      {canWork && !contact.mergedInto && <ContactMerge contact={contact} />}
      {children}
    </div>
  );
}
