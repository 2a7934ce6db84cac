import { useTranslation } from 'react-i18next';
import { useSlots } from '../../shell/slots';
import { AuditSection } from './AuditSection';
import { BackupsSection } from './BackupsSection';
import { CountingSection } from './CountingSection';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const { settingsSections } = useSlots();
  return (
    <div className="page settings-page">
      <header className="page-head">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="settings-columns">
        <div className="settings-column">
          <GeneralSection />
          <DataSection />
          {settingsSections.map((Section, i) => (
            <Section key={i} />
          ))}
        </div>
        <div className="settings-column">
          <BackupsSection />
          <CountingSection />
        </div>
      </div>
      <AuditSection />
    </div>
  );
}
