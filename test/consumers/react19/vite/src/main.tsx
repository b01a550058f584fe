import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { declarePageColorScheme } from './api';
import { Root } from './Root';

declarePageColorScheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
