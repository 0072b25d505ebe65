import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../widget/fields';
import type { CreatedWebhook } from './api';
import { VerifyNote } from './VerifyNote';

/** The signing secret of a subscription just made: shown this once, with copy; focus moves here. */
export function WebhookSecret({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [created.secret]);
  return (
    <div className="card secret" role="region" aria-labelledby={`${id}-title`} data-testid="webhook-secret">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="break">
        {t('webhooks.secret.title', { url: created.url })}
      </h3>
      <p className="message message-error">{t('webhooks.secret.warning')}</p>
      <div className="field">
        <label htmlFor={id}>{t('webhooks.secret.label')}</label>
        <div className="secret-row">
          <input
            id={id}
            readOnly
            value={created.secret}
            className="mono"
            onFocus={(e) => e.target.select()}
            data-testid="webhook-secret-value"
          />
          <CopyButton text={created.secret} label={t('webhooks.secret.copy')} testId="webhook-secret-copy" />
        </div>
      </div>
      <VerifyNote />
      <button type="button" className="button-primary" onClick={onDone} data-testid="webhook-secret-done">
        {t('webhooks.secret.done')}
      </button>
    </div>
  );
}
