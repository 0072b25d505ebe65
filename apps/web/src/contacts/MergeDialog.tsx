import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactHit, Contact } from '../api/inboxTypes';
import { useContactSearch } from '../api/search';
import { ErrorMessage } from '../components/ErrorMessage';
import { TextField } from '../components/TextField';
import { useDebounced } from '../lib/useDebounced';

interface Props {
  open: boolean;
  contact: Contact;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (source: ContactHit) => void;
}

/** Find the other record of the same person (typos allowed), then confirm what moves where. */
export function MergeDialog({ open, contact, pending, error, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ContactHit | null>(null);
  const found = useContactSearch(useDebounced(query, 250));
  const candidates = (found.data ?? []).filter((c) => c.id !== contact.id);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    setChosen(null);
    setQuery('');
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="merge-title" onClose={close} data-testid="merge-dialog">
      <h2 id="merge-title">{t('contacts.mergeTitle', { name: contact.name })}</h2>
      {chosen ? (
        <>
          <p data-testid="merge-confirm-text">{t('contacts.mergeConfirm', { source: chosen.name, target: contact.name })}</p>
          <ErrorMessage error={error} />
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              disabled={pending}
              onClick={() => onConfirm(chosen)}
              data-testid="merge-confirm"
            >
              {pending ? t('common.saving') : t('contacts.mergeSubmit')}
            </button>
            <button type="button" disabled={pending} onClick={() => setChosen(null)}>
              {t('contacts.mergeBack')}
            </button>
          </div>
        </>
      ) : (
        <>
          <TextField
            label={t('contacts.mergeSearch')}
            type="search"
            value={query}
            onChange={setQuery}
            autoComplete="off"
            maxLength={200}
            testId="merge-search"
          />
          <ErrorMessage error={found.error} />
          {query.trim().length >= 2 && found.data && candidates.length === 0 && (
            <p className="muted">{t('contacts.mergeNone')}</p>
          )}
          <ul className="plain-list merge-candidates">
            {candidates.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="merge-candidate"
                  onClick={() => setChosen(c)}
                  data-testid="merge-candidate"
                  data-contact-id={c.id}
                >
                  <span className="break">{c.name}</span>
                  {c.handle && <span className="muted break"> {c.handle}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form method="dialog">
        <button type="submit" data-testid="merge-close">
          {t('common.close')}
        </button>
      </form>
    </dialog>
  );
}
