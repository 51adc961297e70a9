import { useEffect, useState } from 'react';
import { defaultConfig, newItemKey, type PlaygroundConfig } from './playgroundConfig';
import { savedTheme } from './theme';

const CONFIG_KEY = 'checkout-widget-demo:config';

// Kept for the tab, so coming back from the hosted page (Cancel, or the back button) finds the same settings.
function load(): PlaygroundConfig {
  const fresh = { ...defaultConfig, theme: savedTheme() };
  try {
    const saved = sessionStorage.getItem(CONFIG_KEY);
    if (!saved) return fresh;
    const parsed = JSON.parse(saved) as PlaygroundConfig;
    return { ...fresh, ...parsed, theme: fresh.theme, items: parsed.items.map((item) => ({ ...item, key: newItemKey() })) };
  } catch {
    return fresh;
  }
}

export function usePlaygroundConfig() {
  const [config, setConfig] = useState<PlaygroundConfig>(load);
  useEffect(() => {
    try {
      sessionStorage.setItem(CONFIG_KEY, JSON.stringify(config));
    } catch {
      // Not remembered across pages; everything else works.
    }
  }, [config]);
  const update = (patch: Partial<PlaygroundConfig>) => setConfig((current) => ({ ...current, ...patch }));
  const reset = () => setConfig({ ...defaultConfig, items: defaultConfig.items.map((item) => ({ ...item, key: newItemKey() })), theme: config.theme });
  return { config, update, reset };
}
