/** Renderer entry: i18n first (Vietnamese until the host's settings say otherwise), then the app. */
// Before any schema is used (no eval probe under the CSP).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n';
import { App } from './app/App';
import './styles/base.css';
import './styles/app.css';
import './styles/start.css';
import './styles/page.css';
import './styles/print.css';

async function main(): Promise<void> {
  await initI18n('vi');
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
