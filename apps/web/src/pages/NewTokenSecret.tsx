import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../api/types';

/** The secret of a token just created: shown this once, with a copy button. */
export function NewTokenSecret({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div className="card secret" role="region" aria-labelledby={`${id}-title`} data-testid="token-secret">
      <h2 id={`${id}-title`}>{t('tokens.secretTitle', { name: token.name })}</h2>
      <p>{t('tokens.secretHint')}</p>
      <div className="field">
        <label htmlFor={id}>{t('tokens.secretLabel')}</label>
        <div className="secret-row">
          <input
            id={id}
            readOnly
            value={token.token}
            className="mono"
            onFocus={(e) => e.target.select()}
            data-testid="token-secret-value"
          />
          <button type="button" onClick={() => void copyToken()}>
            {t('tokens.copy')}
          </button>
        </div>
      </div>
      {copy !== 'idle' && (
        <p className={copy === 'copied' ? 'message message-ok' : 'message message-error'} role="status">
          {copy === 'copied' ? t('tokens.copied') : t('tokens.copyFailed')}
        </p>
      )}
      <button type="button" className="button-primary" onClick={onDone}>
        {t('tokens.done')}
      </button>
    </div>
  );
}
