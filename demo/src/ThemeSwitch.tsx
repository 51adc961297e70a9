import type { Theme } from './playgroundConfig';

/** Light or dark for the whole playground and the widget preview. */
export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  return (
    <button type="button" className="pg-button" aria-pressed={theme === 'dark'} onClick={() => onChange(theme === 'dark' ? 'light' : 'dark')}>
      Dark theme
    </button>
  );
}
