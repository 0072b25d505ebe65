import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttributeDefinitions } from '../api/contacts';
import type { AttributeDefinition, Contact } from '../api/inboxTypes';
import { ContactEditForm } from './ContactEditForm';

/** Only http(s) links leave the app: a template could otherwise yield `javascript:`. */
export function safeExternalUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

interface Labels {
  email: string;
  phone: string;
}

function details(contact: Contact, definitions: readonly AttributeDefinition[], labels: Labels) {
  const rows: { key: string; label: string; value: string }[] = [];
  if (contact.email) rows.push({ key: 'email', label: labels.email, value: contact.email });
  if (contact.phone) rows.push({ key: 'phone', label: labels.phone, value: contact.phone });
  const defined = new Set(definitions.map((d) => d.key));
  for (const d of definitions) {
    const value = contact.attributes[d.key];
    if (value) rows.push({ key: d.key, label: d.label, value });
  }
  // Values whose definition is gone still show, under their key.
  for (const [key, value] of Object.entries(contact.attributes)) if (!defined.has(key)) rows.push({ key, label: key, value });
  return rows;
}

/** Who the customer is: name, contact details, the account's own fields, and a link into the CRM. */
export function ContactProfile({ contact, canEdit }: { contact: Contact; canEdit: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const definitions = useAttributeDefinitions().data ?? [];
  const crmUrl = safeExternalUrl(contact.crmUrl);
  const rows = details(contact, definitions, { email: t('common.email'), phone: t('inbox.contact.phone') });

  return (
    <section aria-labelledby={`${id}-name`} className="contact-profile">
      <div className="contact-head">
        <h2 id={`${id}-name`} className="break" data-testid="contact-name">
          {contact.name}
        </h2>
        {canEdit && !editing && (
          <button type="button" className="button-quiet" onClick={() => setEditing(true)} data-testid="contact-edit">
            {t('contacts.edit')}
          </button>
        )}
      </div>
      {crmUrl && (
        <p>
          <a href={crmUrl} target="_blank" rel="noopener noreferrer" data-testid="crm-link">
            {t('contacts.openCrm')}
          </a>
        </p>
      )}
      {editing ? (
        <ContactEditForm contact={contact} definitions={definitions} onDone={() => setEditing(false)} />
      ) : (
        rows.length > 0 && (
          <dl className="attributes">
            {rows.map((r) => (
              <div key={r.key} data-testid="contact-attribute" data-key={r.key}>
                <dt>{r.label}</dt>
                <dd className="break">{r.value}</dd>
              </div>
            ))}
          </dl>
        )
      )}
    </section>
  );
}
