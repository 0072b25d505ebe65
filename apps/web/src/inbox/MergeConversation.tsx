import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactConversations } from '../api/contacts';
import { useMergeConversation } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { Time } from '../components/Time';
import { useHashRoute } from '../shell/useHashRoute';
import { ChannelBadge } from './badges';
import './merge.css';

/**
 * "Samenvoegen met…": pick another conversation of the same customer; this one's messages move
 * into it and this one disappears. The inbox then shows the one that remains.
 */
export function MergeConversation({ conversation: c }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const list = useContactConversations(c.contact.id, open);
  const merge = useMergeConversation(c.id);
  const candidates = (list.data ?? []).filter((h) => h.id !== c.id && h.status !== 'merged');

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTarget(null);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          merge.reset();
          setOpen(true);
        }}
        data-testid="conversation-merge"
      >
        {t('inbox.merge.open')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={close} data-testid="conversation-merge-dialog">
        <h2 id={titleId}>{t('inbox.merge.title', { name: c.contact.name })}</h2>
        <p className="hint">{t('inbox.merge.intro')}</p>
        <ErrorMessage error={list.error} />
        {list.isPending && open && <p className="muted">{t('common.loading')}</p>}
        {list.data && candidates.length === 0 && <p className="muted">{t('inbox.merge.none', { name: c.contact.name })}</p>}
        {candidates.length > 0 && (
          <fieldset className="merge-targets">
            <legend>{t('inbox.merge.choose')}</legend>
            {candidates.map((h) => (
              <label key={h.id} className="merge-target" data-testid="merge-target" data-conversation-id={h.id}>
                <input type="radio" name={titleId} checked={target === h.id} onChange={() => setTarget(h.id)} />
                <span className="merge-target-text">
                  <span className="history-top">
                    <Time iso={h.createdAt} />
                    <ChannelBadge kind={h.channel} />
                    <span>{t(`inbox.status.${h.status}`)}</span>
                  </span>
                  <span className="history-preview">{h.lastMessagePreview}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <ErrorMessage error={merge.error} />
        <div className="form-actions">
          <button
            type="button"
            className="button-primary"
            disabled={!target || merge.isPending}
            onClick={() => {
              if (!target) return;
              merge.mutate(target, {
                onSuccess: () => {
                  close();
                  navigate(`inbox/${encodeURIComponent(target)}`);
                },
              });
            }}
            data-testid="conversation-merge-confirm"
          >
            {merge.isPending ? t('common.saving') : t('inbox.merge.submit')}
          </button>
          <button type="button" onClick={close} data-testid="conversation-merge-cancel">
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
