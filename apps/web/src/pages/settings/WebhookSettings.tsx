import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsSection } from './SettingsSection';
import { useWebhooks, type CreatedWebhook } from './webhooks/api';
import { VerifyNote } from './webhooks/VerifyNote';
import { WebhookForm } from './webhooks/WebhookForm';
import { WebhookItem } from './webhooks/WebhookItem';
import { WebhookSecret } from './webhooks/WebhookSecret';

/**
 * Outbound webhooks (admins only, as the server allows): URLs subscribed to the account's events,
 * each delivery signed with the subscription's secret, which is shown once, right after create.
 */
export function WebhookSettings() {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const list = webhooks.data ?? [];
  return (
    <SettingsSection name="webhooks" title={t('webhooks.title')} intro={t('webhooks.intro')}>
      <ErrorMessage error={webhooks.error} />
      {webhooks.isPending && <p className="muted">{t('common.loading')}</p>}
      {webhooks.isSuccess && list.length === 0 && <p className="empty">{t('webhooks.empty')}</p>}
      {list.length > 0 && (
        <ul className="plain-list webhook-list">
          {list.map((sub) => (
            <WebhookItem key={sub.id} sub={sub} />
          ))}
        </ul>
      )}
      {created && <WebhookSecret created={created} onDone={() => setCreated(null)} />}
      <WebhookForm onCreated={setCreated} />
      <details className="webhook-help">
        <summary>{t('webhooks.verify.summary')}</summary>
        <VerifyNote />
      </details>
    </SettingsSection>
  );
}
