import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddContactNote } from '../api/contacts';
import type { Contact } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { Time } from '../components/Time';

interface Props {
  contact: Contact;
  canWrite: boolean;
}

/** What colleagues noted about this customer ("let op, opvliegend"), newest first, and a box to add one. */
export function ContactNotes({ contact, canWrite }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = useAddContactNote(contact.id);
  const notes = [...contact.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('inbox.contact.notes')}</h3>
      {canWrite && (
        <form
          className="contact-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            const body = text.trim();
            if (body) add.mutate(body, { onSuccess: () => setText('') });
          }}
        >
          <label htmlFor={id} className="visually-hidden">
            {t('inbox.contact.noteLabel')}
          </label>
          <textarea
            id={id}
            rows={2}
            value={text}
            placeholder={t('inbox.contact.noteLabel')}
            onChange={(e) => setText(e.target.value)}
            data-testid="contact-note-input"
          />
          <button type="submit" disabled={add.isPending || !text.trim()} data-testid="contact-note-add">
            {add.isPending ? t('common.saving') : t('inbox.contact.addNote')}
          </button>
          <ErrorMessage error={add.error} />
        </form>
      )}
      {notes.length === 0 ? (
        <p className="muted">{t('inbox.contact.noNotes')}</p>
      ) : (
        <ul className="plain-list contact-notes">
          {notes.map((n) => (
            <li key={n.id} className="contact-note" data-testid="contact-note">
              <p className="break">{n.body}</p>
              <small className="muted">
                {n.authorName ?? t('inbox.contact.someone')} · <Time iso={n.createdAt} />
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
