import { roles } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { SelectField } from './SelectField';

interface Props {
  label: string;
  value: Role;
  onChange: (role: Role) => void;
  disabled?: boolean;
  hideLabel?: boolean;
  testId?: string;
}

export function RoleSelect(props: Props) {
  const { t } = useTranslation();
  return <SelectField {...props} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />;
}
