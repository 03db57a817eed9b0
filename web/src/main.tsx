import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';

import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render MedDoc AI into.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
