import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../api/types';
import { SecretShownOnce } from '../components/SecretShownOnce';

/** The secret of a token just created: shown this once. */
export function NewTokenSecret({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <SecretShownOnce
      title={t('tokens.secretTitle', { name: token.name })}
      warning={t('tokens.secretHint')}
      label={t('tokens.secretLabel')}
      copyLabel={t('tokens.copy')}
      doneLabel={t('tokens.done')}
      secret={token.token}
      testId="token-secret"
      onDone={onDone}
    />
  );
}
