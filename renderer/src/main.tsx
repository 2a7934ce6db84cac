import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './i18n';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/pages.css';
import './styles/accounts.css';
import './styles/dashboard.css';
import './styles/reports.css';
import './styles/imports.css';
import './styles/seekers.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
