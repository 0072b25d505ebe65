import { can } from '@balie/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMergeContact, useUndoMerge } from '../api/contacts';
import type { Contact } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSession } from '../shell/SessionContext';
import { MergeDialog } from './MergeDialog';

/**
 * "Samenvoegen met…": the other record's identities, conversations and notes move to this one.
 * Afterwards a notice says so; an admin can undo it from there (the server allows 30 days).
 */
export function ContactMerge({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [merged, setMerged] = useState<{ mergeId: string; name: string } | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  const merge = useMergeContact(contact.id);
  const undo = useUndoMerge();

  return (
    <section className="contact-merge">
      <button
        type="button"
        onClick={() => {
          merge.reset();
          setOpen(true);
        }}
        data-testid="contact-merge"
      >
        {t('contacts.merge')}
      </button>
      <MergeDialog
        open={open}
        contact={contact}
        pending={merge.isPending}
        error={merge.error}
        onClose={() => setOpen(false)}
        onConfirm={(source) =>
          merge.mutate(source.id, {
            onSuccess: (result) => {
              setMerged({ mergeId: result.merge.id, name: source.name });
              setUndone(null);
              undo.reset();
              setOpen(false);
            },
          })
        }
      />
      {merged && (
        <div className="message message-ok" role="status" data-testid="merge-notice">
          {t('contacts.merged', { name: merged.name })}{' '}
          {can(session.role, 'contacts.undo_merge') && (
            <button
              type="button"
              disabled={undo.isPending}
              onClick={() =>
                undo.mutate(merged.mergeId, {
                  onSuccess: () => {
                    setUndone(merged.name);
                    setMerged(null);
                  },
                })
              }
              data-testid="merge-undo"
            >
              {t('contacts.undoMerge')}
            </button>
          )}
        </div>
      )}
      {undone && (
        <p className="message message-ok" role="status" data-testid="merge-undone">
          {t('contacts.mergeUndone', { name: undone })}
        </p>
      )}
      <ErrorMessage error={undo.error} />
    </section>
  );
}
