import { ChannelKind as ChannelKindSchema } from '@balie/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkIdentity } from '../api/contacts';
import type { ChannelKind, Contact } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { ChannelBadge } from '../inbox/badges';

/** Where the customer writes from, and linking one more by hand (an X handle they gave by e-mail). */
export function ContactIdentities({ contact, canEdit }: { contact: Contact; canEdit: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('inbox.contact.identities')}</h3>
      <ul className="plain-list">
        {contact.identities.map((identity) => (
          <li key={identity.id} className="identity" data-testid="contact-identity">
            <ChannelBadge kind={identity.channel} />{' '}
            <span className="break">{identity.handle ?? identity.displayName ?? identity.externalId}</span>
          </li>
        ))}
      </ul>
      {canEdit && (
        <button
          type="button"
          className="button-quiet"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid="identity-link-toggle"
        >
          {t('contacts.linkIdentity')}
        </button>
      )}
      {canEdit && open && <LinkIdentityForm contactId={contact.id} onDone={() => setOpen(false)} />}
    </section>
  );
}

function LinkIdentityForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const link = useLinkIdentity(contactId);
  const [channel, setChannel] = useState<ChannelKind>('email');
  const [externalId, setExternalId] = useState('');
  const [handle, setHandle] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const ext = externalId.trim();
    if (!ext) return;
    link.mutate({ channel, externalId: ext, ...(handle.trim() ? { handle: handle.trim() } : {}) }, { onSuccess: onDone });
  }

  return (
    <form className="form contact-link-form" onSubmit={submit} data-testid="identity-link-form">
      <SelectField
        label={t('inbox.filters.channel')}
        value={channel}
        options={ChannelKindSchema.options.map((k) => ({ value: k, label: t(`inbox.channel.${k}`) }))}
        onChange={setChannel}
        testId="identity-channel"
      />
      <TextField
        label={t('contacts.externalId')}
        hint={t('contacts.externalIdHint')}
        value={externalId}
        onChange={setExternalId}
        required
        maxLength={200}
        testId="identity-external-id"
      />
      <TextField label={t('contacts.handle')} value={handle} onChange={setHandle} maxLength={200} testId="identity-handle" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={link.isPending} data-testid="identity-link-submit">
          {link.isPending ? t('common.saving') : t('contacts.link')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={link.error} />
    </form>
  );
}
