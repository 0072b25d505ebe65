import { useTranslation } from 'react-i18next';
import { SecretShownOnce } from '../../../components/SecretShownOnce';
import type { CreatedWebhook } from './api';
import { VerifyNote } from './VerifyNote';

/** The signing secret of a subscription just made: shown this once, with how to verify deliveries. */
export function WebhookSecret({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <SecretShownOnce
      title={t('webhooks.secret.title', { url: created.url })}
      warning={t('webhooks.secret.warning')}
      label={t('webhooks.secret.label')}
      copyLabel={t('webhooks.secret.copy')}
      doneLabel={t('webhooks.secret.done')}
      secret={created.secret}
      testId="webhook-secret"
      onDone={onDone}
    >
      <VerifyNote />
    </SecretShownOnce>
  );
}
