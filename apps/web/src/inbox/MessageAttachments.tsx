import { useTranslation } from 'react-i18next';
import { attachmentUrl, IMAGE_TYPES } from '../api/attachments';
import type { Attachment } from '../api/inboxTypes';
import { Icon } from '../components/Icon';
import { formatSize } from '../lib/formatSize';

/** A message's files: images as thumbnails (their name as the alt text), others as download links. */
export function MessageAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list msg-attachments" aria-label={t('inbox.attachments.label')}>
      {attachments.map((a) => {
        const url = attachmentUrl(a.id);
        const size = formatSize(a.size, i18n.language);
        return (
          <li key={a.id} data-testid="message-attachment" data-attachment-id={a.id} data-content-type={a.contentType}>
            {IMAGE_TYPES.includes(a.contentType) ? (
              <a
                href={url}
                download={a.filename}
                className="msg-image-link"
                title={`${t('inbox.attachments.download', { name: a.filename })} (${size})`}
              >
                <img src={url} alt={a.filename} className="msg-image" />
              </a>
            ) : (
              <a href={url} download={a.filename} className="msg-file">
                <Icon name="file" />
                <span className="break">{a.filename}</span> <span className="muted">({size})</span>
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
