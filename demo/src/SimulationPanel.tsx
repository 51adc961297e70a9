import { Checkbox } from './Field';
import { FaultSimulator } from './FaultSimulator';
import type { PlaygroundConfig } from './playgroundConfig';

interface SimulationPanelProps {
  config: PlaygroundConfig;
  onChange: (patch: Partial<PlaygroundConfig>) => void;
  staticMode: boolean;
}

/** Demo-only switches: how the backend misbehaves, and whether the page really leaves for the hosted page. */
export function SimulationPanel({ config, onChange, staticMode }: SimulationPanelProps) {
  return (
    <section className="pg-panel" aria-labelledby="simulate-heading">
      <h2 id="simulate-heading">Simulate</h2>
      <Checkbox
        switch
        label="Follow the redirect to the hosted payment page"
        checked={config.followRedirect}
        onChange={(followRedirect) => onChange({ followRedirect })}
        hint={
          config.followRedirect
            ? staticMode
              ? 'On: after submit the page goes to a stand-in for the hosted page (this static build has no server), then to the success or cancel page.'
              : 'On: after submit the browser goes to the mock hosted page (Pay / Cancel), then to the success or cancel page.'
            : 'Off (preview mode): onBeforeRedirect returns false, the page stays, and the inspector shows the URL that would be followed.'
        }
      />
      <FaultSimulator value={config.fault} onChange={(fault) => onChange({ fault })} />
    </section>
  );
}
