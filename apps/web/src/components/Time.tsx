import { useTranslation } from 'react-i18next';
import { formatTime } from '../lib/formatTime';

export function Time({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatTime(iso, i18n.language)}</time>;
}
