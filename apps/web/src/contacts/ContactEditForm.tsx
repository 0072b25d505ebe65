import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateContact, type ContactChanges } from '../api/contacts';
import type { AttributeDefinition, Contact } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { TextField } from '../components/TextField';

interface Props {
  contact: Contact;
  definitions: readonly AttributeDefinition[];
  onDone: () => void;
}

/** Only what changed is sent; an emptied field removes the value. */
function changesOf(contact: Contact, form: Form, definitions: readonly AttributeDefinition[]): ContactChanges {
  const changes: ContactChanges = {};
  const name = form.name.trim();
  if (name !== contact.name) changes.name = name;
  const email = form.email.trim() || null;
  if (email !== contact.email) changes.email = email;
  const phone = form.phone.trim() || null;
  if (phone !== contact.phone) changes.phone = phone;
  const attributes: Record<string, string | null> = {};
  for (const d of definitions) {
    const value = (form.attributes[d.key] ?? '').trim() || null;
    if (value !== (contact.attributes[d.key] ?? null)) attributes[d.key] = value;
  }
  if (Object.keys(attributes).length > 0) changes.attributes = attributes;
  return changes;
}

interface Form {
  name: string;
  email: string;
  phone: string;
  attributes: Record<string, string>;
}

/** The customer's name, e-mail, phone and the account's own fields (customer number, …), inline. */
export function ContactEditForm({ contact, definitions, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateContact(contact.id);
  const [form, setForm] = useState<Form>(() => ({
    name: contact.name,
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    attributes: Object.fromEntries(definitions.map((d) => [d.key, contact.attributes[d.key] ?? ''])),
  }));
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const changes = changesOf(contact, form, definitions);
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(changes, { onSuccess: onDone });
  }

  return (
    <form className="contact-edit form" onSubmit={submit} data-testid="contact-edit-form">
      <TextField
        label={t('common.name')}
        value={form.name}
        onChange={(name) => set({ name })}
        required
        maxLength={120}
        testId="contact-name-input"
      />
      <TextField
        label={t('common.email')}
        type="email"
        value={form.email}
        onChange={(email) => set({ email })}
        maxLength={254}
        testId="contact-email-input"
      />
      <TextField
        label={t('inbox.contact.phone')}
        type="tel"
        value={form.phone}
        onChange={(phone) => set({ phone })}
        maxLength={40}
        testId="contact-phone-input"
      />
      {definitions.map((d) => (
        <TextField
          key={d.key}
          label={d.label}
          value={form.attributes[d.key] ?? ''}
          onChange={(value) => set({ attributes: { ...form.attributes, [d.key]: value } })}
          maxLength={500}
          testId={`contact-attribute-input-${d.key}`}
        />
      ))}
      {definitions.length === 0 && <p className="hint">{t('contacts.noDefinitions')}</p>}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending} data-testid="contact-save">
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" disabled={update.isPending} onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={update.error} />
    </form>
  );
}
