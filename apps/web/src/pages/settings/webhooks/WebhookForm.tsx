import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/TextField';
import { useCreateWebhook, webhookEvents, webhookEventTypes, type CreatedWebhook, type WebhookEventType } from './api';

/** A new subscription: the URL, the events it wants and, only on purpose, the private network. */
export function WebhookForm({ onCreated }: { onCreated: (created: CreatedWebhook) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [allowPrivate, setAllowPrivate] = useState(false);
  const [noEvents, setNoEvents] = useState(false);

  function toggle(type: WebhookEventType, on: boolean) {
    setNoEvents(false);
    setEvents((list) => (on ? [...list, type] : list.filter((e) => e !== type)));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (events.length === 0) {
      setNoEvents(true);
      return;
    }
    // Keep the form's order, whatever order the boxes were ticked in.
    const eventTypes = webhookEventTypes.filter((type) => events.includes(type));
    create.mutate(
      { url: url.trim(), description: description.trim(), eventTypes, allowPrivateNetwork: allowPrivate },
      {
        onSuccess: (created) => {
          setUrl('');
          setDescription('');
          setEvents([]);
          setAllowPrivate(false);
          onCreated(created);
        },
      },
    );
  }

  const privateRefused = create.error instanceof ApiError && create.error.code === 'private_address';
  return (
    <form className="webhook-form" onSubmit={submit} data-testid="webhook-create" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('webhooks.create.title')}</h3>
      <TextField
        label={t('webhooks.create.url')}
        hint={t('webhooks.create.urlHint')}
        type="url"
        value={url}
        onChange={setUrl}
        required
        maxLength={2000}
        placeholder="https://"
        testId="webhook-url"
      />
      <TextField
        label={t('webhooks.create.description')}
        value={description}
        onChange={setDescription}
        maxLength={200}
        testId="webhook-description"
      />
      <fieldset className="webhook-events" aria-describedby={noEvents ? `${id}-events-error` : undefined}>
        <legend>{t('webhooks.create.events')}</legend>
        {webhookEventTypes.map((type) => (
          <label key={type} className="widget-check">
            <input
              type="checkbox"
              checked={events.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
              data-testid={`webhook-event-${type}`}
            />
            {t(webhookEvents[type])}
          </label>
        ))}
        {noEvents && (
          <p id={`${id}-events-error`} className="message message-error" role="alert">
            {t('webhooks.create.noEvents')}
          </p>
        )}
      </fieldset>
      <div className="webhook-private">
        <label className="widget-check">
          <input
            type="checkbox"
            checked={allowPrivate}
            onChange={(e) => setAllowPrivate(e.target.checked)}
            aria-describedby={`${id}-private`}
            data-testid="webhook-private"
          />
          {t('webhooks.create.allowPrivate')}
        </label>
        <p id={`${id}-private`} className={allowPrivate ? 'message message-error' : 'hint'}>
          {t('webhooks.create.allowPrivateWarning')}
        </p>
      </div>
      <div>
        <button type="submit" className="button-primary" disabled={create.isPending} data-testid="webhook-create-submit">
          {create.isPending ? t('webhooks.create.creating') : t('webhooks.create.submit')}
        </button>
      </div>
      {privateRefused ? (
        <p className="message message-error" role="alert">
          {t('webhooks.create.privateRefused')}
        </p>
      ) : (
        <ErrorMessage error={create.error} />
      )}
    </form>
  );
}
