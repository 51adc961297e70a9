import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import 'checkout-widget/styles.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import { applyTheme, savedTheme } from './theme';

/** Every demo page: the theme chosen in the playground, the styles, one React root. */
export function mountPage(page: ReactNode): void {
  applyTheme(savedTheme());
  const container = document.getElementById('root');
  if (!container) throw new Error('The page needs <div id="root"></div>');
  createRoot(container).render(<StrictMode>{page}</StrictMode>);
}
