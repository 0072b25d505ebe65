import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './fields';

export interface ShownSecret {
  connectionId: string;
  name: string;
  secret: string;
  rotated: boolean;
}

/** The identity secret just made: shown this once, with a copy button; focus moves here so nobody misses it. */
export function SecretNotice({ shown, onDone }: { shown: ShownSecret; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [shown.secret]);
  return (
    <div className="card secret" role="region" aria-labelledby={`${id}-title`} data-testid="widget-secret">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(shown.rotated ? 'widgetSettings.secret.rotatedTitle' : 'widgetSettings.secret.createdTitle', { name: shown.name })}
      </h3>
      <p className="message message-error">{t('widgetSettings.secret.warning')}</p>
      <div className="field">
        <label htmlFor={id}>{t('widgetSettings.secret.label')}</label>
        <div className="secret-row">
          <input
            id={id}
            readOnly
            value={shown.secret}
            className="mono"
            onFocus={(e) => e.target.select()}
            data-testid="widget-secret-value"
          />
          <CopyButton text={shown.secret} label={t('widgetSettings.secret.copy')} testId="widget-secret-copy" />
        </div>
      </div>
      <button type="button" className="button-primary" onClick={onDone} data-testid="widget-secret-done">
        {t('widgetSettings.secret.done')}
      </button>
    </div>
  );
}
