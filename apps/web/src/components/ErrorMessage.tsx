import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errorMessage';

/** The translated message for a failed request; nothing when there is no error. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="message message-error" role="alert">
      {errorMessage(error, t)}
    </p>
  );
}
