import { useEffect, useMemo } from 'react';
import { ConfigPanel } from './ConfigPanel';
import { Inspector } from './Inspector';
import { Preview } from './Preview';
import { createRecordingFetch } from './requestLog';
import { findSettingsIssues } from './settingsIssues';
import { SimulationPanel } from './SimulationPanel';
import { Snippets } from './Snippets';
import { createInPageMockFetch, isStaticMode } from './staticMock';
import { applyTheme } from './theme';
import { ThemeSwitch } from './ThemeSwitch';
import { usePlaygroundConfig } from './usePlaygroundConfig';
import { ValidationSummary } from './ValidationSummary';

/** The page a shop developer opens first: configure, preview, inspect, copy. */
export function Playground() {
  const { config, update, reset } = usePlaygroundConfig();
  const staticMode = isStaticMode();
  const fetch = useMemo(() => createRecordingFetch(staticMode ? createInPageMockFetch() : undefined), [staticMode]);
  const issues = findSettingsIssues(config);
  useEffect(() => applyTheme(config.theme), [config.theme]);

  return (
    <>
      <a className="pg-skip" href="#preview-heading">
        Skip to the preview
      </a>
      <header className="pg-header">
        <div>
          <h1>checkout-widget playground</h1>
          <p className="pg-lede">Configure a checkout, try it against the built-in mock backend, watch every request, and copy the code.</p>
        </div>
        <nav aria-label="Demo pages" className="pg-nav">
          <a href="/script-tag.html">Script-tag page</a>
          <ThemeSwitch theme={config.theme} onChange={(theme) => update({ theme })} />
        </nav>
      </header>
      {staticMode ? (
        <p className="pg-banner" role="note">
          Static build: the mock backend runs inside this page (through <code>config.fetch</code>) and a stand-in replaces the hosted payment page. With <code>npm run demo</code> the real mock server answers instead.
        </p>
      ) : null}
      <main className="pg-layout">
        <div className="pg-column">
          <ConfigPanel config={config} issues={issues} onChange={update} onReset={reset} />
        </div>
        <div className="pg-column">
          <ValidationSummary issues={issues.all} />
          <Preview config={config} fetch={fetch} />
          <SimulationPanel config={config} onChange={update} staticMode={staticMode} />
        </div>
        <div className="pg-column">
          <Inspector />
          <Snippets config={config} />
        </div>
      </main>
    </>
  );
}
