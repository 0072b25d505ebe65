import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useRotateSecret, useSaveWidget, type WidgetAdmin } from './api';
import { EmbedSnippet } from './EmbedSnippet';
import { WidgetForm } from './WidgetForm';

interface Props {
  widget: WidgetAdmin;
  canWrite: boolean;
  /** A new identity secret to show once. */
  onRotated: (secret: string) => void;
}

/** One widget: the code for the website, its identity secret and its settings. */
export function WidgetEditor({ widget, canWrite, onRotated }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveWidget(widget.connectionId);
  const rotate = useRotateSecret(widget.connectionId);

  function replaceSecret() {
    if (!window.confirm(t('widgetSettings.rotate.confirm', { name: widget.name }))) return;
    rotate.mutate(undefined, { onSuccess: (answer) => onRotated(answer.identitySecret) });
  }

  return (
    <section className="widget-editor" aria-labelledby={id} data-testid="widget-editor" data-widget-id={widget.connectionId}>
      <h3 id={id} className="break">
        {widget.name}
      </h3>
      <EmbedSnippet widget={widget} />
      {canWrite && (
        <div className="widget-code">
          <h4>{t('widgetSettings.rotate.title')}</h4>
          <p className="hint">{t('widgetSettings.rotate.hint')}</p>
          <button
            type="button"
            className="button-danger"
            onClick={replaceSecret}
            disabled={rotate.isPending}
            data-testid="widget-rotate"
          >
            {rotate.isPending ? t('widgetSettings.rotate.rotating') : t('widgetSettings.rotate.button')}
          </button>
          <ErrorMessage error={rotate.error} />
        </div>
      )}
      <h4>{t('widgetSettings.settingsTitle')}</h4>
      {!canWrite && <p className="hint">{t('widgetSettings.readOnly')}</p>}
      {/* Keyed on the saved settings: a save (or a change elsewhere) refreshes the form. */}
      <WidgetForm
        key={JSON.stringify(widget.settings)}
        settings={widget.settings}
        canWrite={canWrite}
        saving={save.isPending}
        onSave={(settings) => save.mutate(settings)}
      />
      <ErrorMessage error={save.error} />
      {save.isSuccess && !save.isPending && (
        <p className="message message-ok" role="status" data-testid="widget-saved">
          {t('common.saved')}
        </p>
      )}
    </section>
  );
}
