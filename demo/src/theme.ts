import type { Theme } from './playgroundConfig';

const THEME_KEY = 'checkout-widget-demo:theme';

/** The theme chosen in the playground, shared by the success, cancel and pay pages of the demo. */
export function savedTheme(): Theme {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage blocked: fall through to the system setting.
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not remembered; the page still switches.
  }
}
