import { useState } from 'react';
import { CopyButton } from './CopyButton';
import type { PlaygroundConfig } from './playgroundConfig';
import { RadioGroup } from './RadioGroup';
import { buildSnippets, type Snippet } from './snippets';

/** Ready-to-paste code for the current settings, in the three ways the widget can be used. */
export function Snippets({ config }: { config: PlaygroundConfig }) {
  const [choice, setChoice] = useState<Snippet['key']>('react');
  const snippets = buildSnippets(config);
  const snippet = snippets.find((entry) => entry.key === choice) ?? snippets[0]!;
  return (
    <section className="pg-panel" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">4. Copy the code</h2>
      <p className="pg-hint">Generated from your settings; each works when pasted as it is. The fault simulator and the redirect switch are demo-only and not included.</p>
      <RadioGroup<Snippet['key']> legend="Code for" name="snippet" inline value={choice} onChange={setChoice} options={snippets.map((entry) => ({ value: entry.key, label: entry.title }))} />
      <div className="pg-snippet" data-testid={`snippet-${snippet.key}`}>
        <div className="pg-snippet-bar">
          <h3>{snippet.title}</h3>
          <CopyButton text={snippet.code} what={`${snippet.title} code`} />
        </div>
        <p className="pg-hint">{snippet.hint}</p>
        <pre className="pg-code pg-snippet-code" tabIndex={0}>
          <code>{snippet.code}</code>
        </pre>
      </div>
    </section>
  );
}
