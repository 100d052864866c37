import './zod-config';
import './preferences';
import { languageReady, savedLanguage } from './i18n';
import './styles.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, newQueryClient } from './app';
import { hasSavedSession } from './session';

const container = document.getElementById('root')!;
const app = <App queryClient={newQueryClient()} />;

/**
 * A pre-rendered public page is brought to life where it stands (hydrated) when this visitor would see
 * exactly what the build drew: the same address, Chinese, not signed in. Otherwise the page is drawn
 * afresh over it (an English reader, a signed-in person, the shell of any other page).
 */
void languageReady.then(() => {
  const prerendered = container.dataset.prerendered;
  if (prerendered === window.location.pathname && savedLanguage() === 'zh-CN' && !hasSavedSession()) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
