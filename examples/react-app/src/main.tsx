import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <peer-support-directory> (the npm build: Lit and core come from node_modules, and core
// is shared with the app's own list).
import '@peer-support-kit/elements/peer-support-directory.js';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
