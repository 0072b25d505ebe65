import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationCommandMutation } from '../api/inboxMutations';
import { formatTime } from '../lib/formatTime';
import { snoozePresets, snoozeUntil } from './snoozePresets';

/** Puts the conversation away until a chosen moment; it comes back to the queue by itself then. */
export function SnoozeMenu({ command }: { command: ConversationCommandMutation }) {
  const { t, i18n } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className="picker" ref={menu} data-testid="snooze-menu">
      <summary>{t('inbox.conversation.snooze')}</summary>
      <div className="picker-body picker-buttons">
        {snoozePresets.map((preset) => (
          <button
            key={preset}
            type="button"
            disabled={command.isPending}
            data-testid={`snooze-${preset}`}
            onClick={() => {
              // The moment is computed on click, not when the menu was drawn.
              command.mutate({ kind: 'snooze', until: snoozeUntil(preset).toISOString() });
              if (menu.current) menu.current.open = false;
            }}
          >
            <span>{t(`inbox.snooze.${preset}`)}</span>{' '}
            <span className="muted">{formatTime(snoozeUntil(preset).toISOString(), i18n.language)}</span>
          </button>
        ))}
      </div>
    </details>
  );
}
