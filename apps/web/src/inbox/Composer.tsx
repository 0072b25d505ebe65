import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSendMessage, type MessageKind } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import type { InboxRequestTarget } from './actions';
import { AttachmentPicker } from './AttachmentPicker';
import { MentionTextarea } from './MentionTextarea';
import { usePendingAttachments } from './pendingAttachments';
import { readDraft, readSeen, writeDraft, writeSeen } from './drafts';
import { conflictReplies, ReplyConflict } from './ReplyConflict';
import { useRequest, type RequestChannel } from './useRequest';

const FOCUS: readonly InboxRequestTarget[] = ['reply', 'note'];

interface Props {
  conversation: ConversationSummary;
  /** The newest message in the thread as shown: where a reply begun now starts from. */
  newestMessageId: string | undefined;
  channel: RequestChannel;
  onTyping: () => void;
}

/**
 * Writes to the customer, or (toggled) an internal note only colleagues see. Ctrl+Enter sends.
 * A reply carries the newest message there was when the agent began it; when a colleague answered
 * since, the server refuses it and the agent sees their answer before deciding to send anyway.
 * A reply can carry files (uploaded as they are picked); a note can mention colleagues (`@`).
 */
export function Composer({ conversation: c, newestMessageId, channel, onTyping }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<MessageKind>('reply');
  const [text, setText] = useState(() => readDraft(`${c.id}:reply`));
  const [problem, setProblem] = useState<'empty' | 'uploading' | null>(null);
  const pending = usePendingAttachments(c.id);
  const send = useSendMessage(c.id);
  const conflict = conflictReplies(send.error);

  const switchTo = (next: MessageKind) => {
    if (next === mode) return;
    writeDraft(`${c.id}:${mode}`, text);
    setText(readDraft(`${c.id}:${next}`));
    setMode(next);
    send.reset();
  };
  useRequest(channel, c.id, FOCUS, (target) => {
    switchTo(target === 'note' ? 'note' : 'reply');
    box.current?.focus();
  });

  const submit = (force = false) => {
    const body = text.trim();
    if (!body) {
      setProblem('empty');
      return;
    }
    const kind = mode;
    if (kind === 'reply' && pending.items.some((f) => f.state === 'uploading')) {
      setProblem('uploading');
      return;
    }
    if (send.isPending) return;
    const seenMessageId = kind === 'reply' ? (readSeen(c.id) ?? newestMessageId) : undefined;
    const attachmentIds = kind === 'reply' ? pending.items.flatMap((f) => (f.attachment ? [f.attachment.id] : [])) : [];
    send.mutate(
      { kind, body, seenMessageId, force, attachmentIds },
      {
        onSuccess: () => {
          setText('');
          writeDraft(`${c.id}:${kind}`, '');
          if (kind === 'reply') writeSeen(c.id, undefined);
          pending.clearSent(attachmentIds);
        },
      },
    );
  };
  const cancelConflict = () => {
    // The agent has now read the colleague's answers: a next attempt is checked from there on.
    writeSeen(c.id, conflict?.at(-1)?.id ?? newestMessageId);
    send.reset();
    box.current?.focus();
  };
  const note = mode === 'note';
  const label = note ? t('inbox.composer.noteLabel') : t('inbox.composer.replyLabel', { name: c.contact.name });

  return (
    <form
      className="composer"
      data-mode={mode}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="composer-bar">
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="note-toggle"
          aria-pressed={note}
          onClick={() => switchTo(note ? 'reply' : 'note')}
          data-testid="note-toggle"
        >
          {t('inbox.composer.note')}
        </button>
      </div>
      {!note && c.visibility === 'public' && <p className="hint composer-public">{t('inbox.composer.publicWarning')}</p>}
      {conflict && (
        <ReplyConflict replies={conflict} sending={send.isPending} onSendAnyway={() => submit(true)} onCancel={cancelConflict} />
      )}
      <MentionTextarea
        id={id}
        boxRef={box}
        rows={3}
        value={text}
        mentions={note}
        placeholder={note ? t('inbox.composer.notePlaceholder') : t('inbox.composer.replyPlaceholder')}
        onValueChange={(value) => {
          if (mode === 'reply') {
            if (!value) writeSeen(c.id, undefined);
            else if (!readSeen(c.id)) writeSeen(c.id, newestMessageId);
          }
          setText(value);
          writeDraft(`${c.id}:${mode}`, value);
          setProblem(null);
          onTyping();
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            submit();
          } else if (e.key === 'Escape') {
            // Leave the box so the single-key shortcuts (j, k, …) work again.
            e.currentTarget.blur();
          }
        }}
        aria-describedby={`${id}-hint`}
        data-testid="reply-box"
      />
      {!note && <AttachmentPicker pending={pending} />}
      <div className="composer-foot">
        <small id={`${id}-hint`} className="hint">
          {t('inbox.composer.hint')}
          {note && ` · ${t('inbox.composer.mentionHint')}`}
        </small>
        <button type="submit" className="button-primary" disabled={send.isPending} data-testid="reply-send">
          {send.isPending ? t('inbox.composer.sending') : note ? t('inbox.composer.saveNote') : t('inbox.composer.send')}
        </button>
      </div>
      {problem && (
        <p className="message message-error" role="alert">
          {problem === 'empty' ? t('inbox.composer.empty') : t('inbox.attachments.wait')}
        </p>
      )}
      {!conflict && <ErrorMessage error={send.error} />}
    </form>
  );
}
