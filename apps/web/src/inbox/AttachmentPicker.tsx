import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, MAX_ATTACHMENTS } from '../api/attachments';
import { Icon } from '../components/Icon';
import { errorMessage } from '../lib/errorMessage';
import { formatSize } from '../lib/formatSize';
import type { PendingAttachments } from './pendingAttachments';

/**
 * "Attach a file" and the files picked for this reply: each uploads at once, shows how far it
 * got, and can be taken off again. A refused file says why, in words.
 */
export function AttachmentPicker({ pending }: { pending: PendingAttachments }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [tooMany, setTooMany] = useState(false);
  const counted = pending.items.filter((f) => f.state !== 'error').length;
  const room = MAX_ATTACHMENTS - counted;

  return (
    <div className="attachments-picker">
      <button
        type="button"
        className="button-quiet attach-button"
        disabled={room <= 0}
        onClick={() => input.current?.click()}
        data-testid="attach-button"
      >
        <Icon name="paperclip" />
        {t('inbox.attachments.attach')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={ATTACHMENT_TYPES.join(',')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          setTooMany(files.length > room);
          pending.add(files.slice(0, Math.max(0, room)));
        }}
        data-testid="attach-input"
      />
      {tooMany && (
        <p className="hint" role="status">
          {t('inbox.attachments.tooMany', { count: MAX_ATTACHMENTS })}
        </p>
      )}
      {pending.items.length > 0 && (
        <ul className="plain-list pending-files" aria-label={t('inbox.attachments.label')}>
          {pending.items.map((f) => {
            const percent = Math.round(f.progress * 100);
            return (
              <li key={f.key} className="pending-file" data-testid="attachment-pending" data-state={f.state}>
                <span className="pending-file-name break">{f.name}</span>
                <span className="muted">{formatSize(f.size, i18n.language)}</span>
                {f.state === 'uploading' && (
                  <span className="pending-file-progress" role="status">
                    <progress max={100} value={percent} aria-hidden="true" />
                    {t('inbox.attachments.uploading', { percent })}
                  </span>
                )}
                {f.state === 'done' && <span className="muted">{t('inbox.attachments.uploaded')}</span>}
                {f.state === 'error' && (
                  <span className="pending-file-error" role="alert" data-testid="attachment-error">
                    {errorMessage(f.error, t)}
                  </span>
                )}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => pending.remove(f.key)}
                  aria-label={t('inbox.attachments.removeLabel', { name: f.name })}
                  data-testid="attachment-remove"
                >
                  {t('inbox.attachments.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
