import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('#root manquant dans index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker of the installable app (offline « Mon terrain », ADR 0014; built by vite-plugin-pwa, which takes
// a new version over at once), after the page has loaded. Only in a built app: its index.html links the manifest the
// build writes (`npm run dev` has neither). A plain registration, no library in the initial script.
if ('serviceWorker' in navigator && document.querySelector('link[rel="manifest"]'))
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
