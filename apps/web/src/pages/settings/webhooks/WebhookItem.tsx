import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Time } from '../../../components/Time';
import { DeliveryLog } from './DeliveryLog';
import { useDeleteWebhook, useUpdateWebhook, webhookEvents, type WebhookSubscription } from './api';

/** What the server writes when an admin switches a subscription off (anything else is a delivery failure). */
const BY_ADMIN = 'disabled by an admin';

/** One subscription: where it goes, what it gets, whether it is on (and why not), its actions and log. */
export function WebhookItem({ sub }: { sub: WebhookSubscription }) {
  const { t } = useTranslation();
  const id = useId();
  const [showLog, setShowLog] = useState(false);
  const update = useUpdateWebhook(sub.id);
  const remove = useDeleteWebhook(sub.id);

  function confirmDelete() {
    if (!window.confirm(t('webhooks.item.deleteConfirm', { url: sub.url }))) return;
    remove.mutate();
  }

  return (
    <li className="webhook-item" data-testid="webhook-item" data-webhook-id={sub.id} data-enabled={sub.enabled}>
      <div className="webhook-item-head">
        <strong className="mono break" id={`${id}-url`}>
          {sub.url}
        </strong>
        <span className={sub.enabled ? 'webhook-state webhook-on' : 'webhook-state webhook-off'} data-testid="webhook-state">
          {sub.enabled ? t('webhooks.item.enabled') : t('webhooks.item.disabled')}
        </span>
      </div>
      {sub.description && <p className="break">{sub.description}</p>}
      <p className="hint">
        {t('webhooks.item.events')} {sub.eventTypes.map((type) => t(webhookEvents[type])).join(', ')}
      </p>
      {sub.allowPrivateNetwork && <p className="hint">{t('webhooks.item.privateAllowed')}</p>}
      {!sub.enabled && (
        <p className="message message-error" data-testid="webhook-disabled-reason">
          {sub.disabledReason === BY_ADMIN || sub.disabledReason === null
            ? t('webhooks.item.disabledByAdmin')
            : t('webhooks.item.disabledAfterFailures', { reason: sub.disabledReason })}{' '}
          {sub.disabledAt && (
            <span>
              (<Time iso={sub.disabledAt} />)
            </span>
          )}
        </p>
      )}
      {sub.enabled && sub.consecutiveFailures > 0 && (
        <p className="hint">{t('webhooks.item.failures', { count: sub.consecutiveFailures })}</p>
      )}
      <div className="webhook-actions">
        <button
          type="button"
          aria-expanded={showLog}
          aria-controls={showLog ? `${id}-log` : undefined}
          aria-describedby={`${id}-url`}
          onClick={() => setShowLog((v) => !v)}
          data-testid="webhook-log-toggle"
        >
          {showLog ? t('webhooks.item.hideLog') : t('webhooks.item.showLog')}
        </button>
        <button
          type="button"
          disabled={update.isPending}
          aria-describedby={`${id}-url`}
          onClick={() => update.mutate({ enabled: !sub.enabled })}
          data-testid="webhook-toggle"
        >
          {sub.enabled ? t('webhooks.item.disable') : t('webhooks.item.enable')}
        </button>
        <button
          type="button"
          className="button-danger"
          disabled={remove.isPending}
          aria-describedby={`${id}-url`}
          onClick={confirmDelete}
          data-testid="webhook-delete"
        >
          {t('webhooks.item.delete')}
        </button>
      </div>
      <ErrorMessage error={update.error ?? remove.error} />
      {showLog && (
        <DeliveryLog
          id={`${id}-log`}
          path={`/api/webhooks/${encodeURIComponent(sub.id)}/deliveries`}
          title={t('webhooks.log.title')}
        />
      )}
    </li>
  );
}
