import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';
import { languages } from '../i18n/language';
import { SelectField } from './SelectField';

/** Switches the interface language and remembers the choice in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('language.label')}
      hideLabel
      value={currentLanguage()}
      options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={setLanguage}
      testId="language-switch"
    />
  );
}
