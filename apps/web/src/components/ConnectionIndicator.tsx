import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../realtime/client';

/** Shows whether live updates arrive; announced politely when it changes. */
export function ConnectionIndicator({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  const text = t(`connection.${state}`);
  return (
    <span
      className="connection"
      data-testid="connection"
      data-state={state}
      role="status"
      title={t('connection.label', { state: text })}
    >
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
