import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnections } from '../../api/inboxQueries';
import { SelectField } from '../../components/SelectField';
import { DeliveryLog } from '../settings/webhooks/DeliveryLog';

/**
 * The other direction of the API channel: the signed calls that carried agents' replies to each
 * API connection's reply URL (`/api/connections/:id/deliveries`). Only shown when there is one.
 */
export function ApiDeliveries() {
  const { t } = useTranslation();
  const id = useId();
  const api = (useConnections().data ?? []).filter((c) => c.kind === 'api');
  const [chosen, setChosen] = useState<string | null>(null);
  const connection = api.find((c) => c.id === chosen) ?? api[0];
  if (!connection) return null;
  return (
    <section className="card api-deliveries" aria-labelledby={`${id}-title`} data-testid="api-deliveries">
      <h2 id={`${id}-title`}>{t('rawEvents.replies.title')}</h2>
      <p className="hint">{t('rawEvents.replies.intro')}</p>
      {api.length > 1 && (
        <SelectField
          label={t('rawEvents.connection')}
          value={connection.id}
          options={api.map((c) => ({ value: c.id, label: c.name }))}
          onChange={setChosen}
          testId="api-deliveries-connection"
        />
      )}
      <DeliveryLog
        key={connection.id}
        id={`${id}-log`}
        path={`/api/connections/${encodeURIComponent(connection.id)}/deliveries`}
        title={t('webhooks.log.connectionTitle', { name: connection.name })}
      />
    </section>
  );
}
