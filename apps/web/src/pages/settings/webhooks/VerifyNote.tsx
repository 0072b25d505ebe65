import { useTranslation } from 'react-i18next';

/** How a receiver checks that a delivery came from Balie (header names as the server sends them). */
export function VerifyNote() {
  const { t } = useTranslation();
  return (
    <div className="webhook-verify" data-testid="webhook-verify">
      <h4>{t('webhooks.verify.title')}</h4>
      <ul>
        <li>
          <code>x-balie-timestamp</code>: {t('webhooks.verify.timestamp')}
        </li>
        <li>
          <code>x-balie-signature</code>: {t('webhooks.verify.signature')}
        </li>
        <li>
          <code>x-balie-event</code>, <code>x-balie-delivery</code>: {t('webhooks.verify.event')}
        </li>
      </ul>
      <pre>{'x-balie-signature = "v1=" + hex(HMAC-SHA256(secret, x-balie-timestamp + "." + raw body))'}</pre>
      <p className="hint">{t('webhooks.verify.compare')}</p>
    </div>
  );
}
