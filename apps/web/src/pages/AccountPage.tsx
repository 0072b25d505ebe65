import { can } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shell/SessionContext';
import { AnalysisSettings } from './settings/AnalysisSettings';
import { AttributeSettings } from './settings/AttributeSettings';
import { CategorySettings } from './settings/CategorySettings';
import { ConnectionSettings } from './settings/ConnectionSettings';
import { GeneralSettings } from './settings/GeneralSettings';
import { LabelSettings } from './settings/LabelSettings';
import { TeamSettings } from './settings/TeamSettings';
import { WebhookSettings } from './settings/WebhookSettings';
import { WidgetSettings } from './settings/WidgetSettings';

/** The account's settings. Admins change everything; supervisors the inbox's lists; the server decides. */
export function AccountPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const inbox = can(role, 'inbox.settings');
  const admin = can(role, 'account.manage');
  return (
    <section className="page settings-page" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="intro">{t('settings.intro')}</p>
      <GeneralSettings canWrite={admin} />
      <AttributeSettings canWrite={inbox} />
      <LabelSettings canWrite={inbox} />
      <CategorySettings canWrite={inbox} />
      <TeamSettings canWrite={inbox} />
      <AnalysisSettings canWrite={inbox} />
      <ConnectionSettings canWrite={admin} />
      {/* The server lets admins and supervisors read widgets, only admins change them. */}
      {inbox && <WidgetSettings canWrite={admin} />}
      {/* Only admins may see or change outbound webhooks (their secrets sign every delivery). */}
      {can(role, 'webhooks.manage') && <WebhookSettings />}
    </section>
  );
}
