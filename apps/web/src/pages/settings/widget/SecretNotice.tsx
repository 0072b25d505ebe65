import { useTranslation } from 'react-i18next';
import { SecretShownOnce } from '../../../components/SecretShownOnce';

export interface ShownSecret {
  connectionId: string;
  name: string;
  secret: string;
  rotated: boolean;
}

/** The identity secret just made: shown this once. */
export function SecretNotice({ shown, onDone }: { shown: ShownSecret; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <SecretShownOnce
      title={t(shown.rotated ? 'widgetSettings.secret.rotatedTitle' : 'widgetSettings.secret.createdTitle', { name: shown.name })}
      warning={t('widgetSettings.secret.warning')}
      label={t('widgetSettings.secret.label')}
      copyLabel={t('widgetSettings.secret.copy')}
      doneLabel={t('widgetSettings.secret.done')}
      secret={shown.secret}
      testId="widget-secret"
      onDone={onDone}
    />
  );
}
