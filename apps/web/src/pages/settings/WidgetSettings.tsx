import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { SettingsSection } from './SettingsSection';
import { useCreateWidget, useWidgets } from './widget/api';
import { SecretNotice, type ShownSecret } from './widget/SecretNotice';
import { WidgetEditor } from './widget/WidgetEditor';

/**
 * The website chat widgets: admins create and configure them; supervisors may look (the server
 * lets them read, not change). The identity secret is shown once, right after create or replace.
 */
export function WidgetSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const widgets = useWidgets();
  const create = useCreateWidget();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const [name, setName] = useState('');
  const list = widgets.data ?? [];
  const selected = list.find((w) => w.connectionId === selectedId) ?? list[0];

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(name.trim(), {
      onSuccess: (created) => {
        setName('');
        setSelectedId(created.connectionId);
        setShown({ connectionId: created.connectionId, name: created.name, secret: created.identitySecret, rotated: false });
      },
    });
  }

  return (
    <SettingsSection name="widgets" title={t('widgetSettings.title')} intro={t('widgetSettings.intro')}>
      <ErrorMessage error={widgets.error} />
      {widgets.isPending && <p className="muted">{t('common.loading')}</p>}
      {widgets.data?.length === 0 && <p className="empty">{t('widgetSettings.empty')}</p>}
      {canWrite && (
        <form className="settings-form" onSubmit={submit} data-testid="widget-create">
          <TextField
            label={t('widgetSettings.create.name')}
            value={name}
            onChange={setName}
            required
            maxLength={120}
            testId="widget-create-name"
          />
          <button type="submit" disabled={create.isPending} data-testid="widget-create-submit">
            {create.isPending ? t('widgetSettings.create.creating') : t('widgetSettings.create.submit')}
          </button>
          <ErrorMessage error={create.error} />
        </form>
      )}
      {shown && <SecretNotice shown={shown} onDone={() => setShown(null)} />}
      {list.length > 1 && selected && (
        <div className="widget-choose">
          <SelectField
            label={t('widgetSettings.choose')}
            value={selected.connectionId}
            options={list.map((w) => ({ value: w.connectionId, label: w.name }))}
            onChange={setSelectedId}
            testId="widget-choose"
          />
        </div>
      )}
      {selected && (
        <WidgetEditor
          key={selected.connectionId}
          widget={selected}
          canWrite={canWrite}
          onRotated={(secret) => setShown({ connectionId: selected.connectionId, name: selected.name, secret, rotated: true })}
        />
      )}
    </SettingsSection>
  );
}
