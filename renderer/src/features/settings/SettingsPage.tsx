import { useTranslation } from 'react-i18next';
import { useCan } from '../../shell/auth-store';
import { useSlots } from '../../shell/slots';
import { AccountsSection } from './AccountsSection';
import { AuditSection } from './AuditSection';
import { BackupsSection } from './BackupsSection';
import { CountingSection } from './CountingSection';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const { settingsSections } = useSlots();
  // Settings, accounts and backups are an administrator's; others see the settings, unchangeable.
  const admin = useCan('admin');
  return (
    <div className="page settings-page">
      <header className="page-head">
        <h1>{t('settings.title')}</h1>
      </header>
      {admin ? null : <p className="muted">{t('e.permission_admin')}</p>}
      <fieldset className="settings-fieldset" disabled={!admin}>
        <div className="settings-columns">
          <div className="settings-column">
            <GeneralSection />
            <DataSection />
            {settingsSections.map((Section, i) => (
              <Section key={i} />
            ))}
          </div>
          <div className="settings-column">
            {admin ? <AccountsSection /> : null}
            {admin ? <BackupsSection /> : null}
            <CountingSection />
          </div>
        </div>
      </fieldset>
      <AuditSection />
    </div>
  );
}
