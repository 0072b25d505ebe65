import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationCommandMutation } from '../api/inboxMutations';
import type { Category } from '../api/inboxTypes';
import type { InboxRequestTarget } from './actions';
import { useRequest, type RequestChannel } from './useRequest';

interface Props {
  conversationId: string;
  command: ConversationCommandMutation;
  categories: readonly Category[];
  channel: RequestChannel;
}

const RESOLVE: readonly InboxRequestTarget[] = ['resolve'];

/** Resolving asks for a category: what the conversation was about is what the reports learn from. */
export function ResolveControl({ conversationId, command, categories, channel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [categoryId, setCategoryId] = useState('');
  const [missing, setMissing] = useState(false);
  useRequest(channel, conversationId, RESOLVE, () => select.current?.focus());

  return (
    <form
      className="resolve-control"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!categoryId) {
          setMissing(true);
          select.current?.focus();
          return;
        }
        command.mutate({ kind: 'resolve', categoryId });
      }}
    >
      <div className="field field-inline">
        <label htmlFor={id}>{t('inbox.conversation.category')}</label>
        <select
          id={id}
          ref={select}
          value={categoryId}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(e) => {
            setCategoryId(e.target.value);
            setMissing(false);
          }}
          data-testid="resolve-category"
        >
          <option value="">
            {t(categories.length ? 'inbox.conversation.chooseCategory' : 'inbox.conversation.noCategories')}
          </option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-primary" disabled={command.isPending} data-testid="resolve-submit">
        {t('inbox.conversation.resolve')}
      </button>
      {missing && (
        <p id={`${id}-error`} className="message message-error" role="alert">
          {t('errors.category_required')}
        </p>
      )}
    </form>
  );
}
