import { useTranslation } from 'react-i18next';
import { routeHref } from './hash-route';
import { Icon } from './icons';
import { PAGES, type PageRoute } from './routes';

function NavLink({ page, active }: { page: PageRoute; active: boolean }) {
  const { t } = useTranslation();
  return (
    <li>
      <a
        href={routeHref(page.id)}
        className={active ? 'nav-link active' : 'nav-link'}
        aria-current={active ? 'page' : undefined}
      >
        <Icon name={page.icon} />
        <span>{t(page.label)}</span>
      </a>
    </li>
  );
}

export function Sidebar({ route }: { route: string }) {
  const { t } = useTranslation();
  const main = PAGES.filter((p) => p.group === 'main');
  const system = PAGES.filter((p) => p.group === 'system');
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          春
        </span>
        <div>
          <div className="brand-zh">春风行动</div>
          <div className="brand-en">Spring Breeze</div>
        </div>
      </div>
      <nav aria-label={t('shell.navigation')} className="nav">
        <ul>
          {main.map((p) => (
            <NavLink key={p.id} page={p} active={p.id === route} />
          ))}
        </ul>
        <ul className="nav-system">
          {system.map((p) => (
            <NavLink key={p.id} page={p} active={p.id === route} />
          ))}
        </ul>
      </nav>
    </aside>
  );
}
