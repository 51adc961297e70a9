import { faultChoice, faultChoices } from './faultChoices';
import { RadioGroup } from './RadioGroup';

interface FaultSimulatorProps {
  value: string;
  onChange: (key: string) => void;
}

/**
 * Makes the mock backend misbehave on purpose. The choice travels as an `X-Mock-Fault` request header
 * (through config.headers), so it is visible in the inspector like any other header.
 */
export function FaultSimulator({ value, onChange }: FaultSimulatorProps) {
  const current = faultChoice(value);
  return (
    <div className="pg-faults">
      <RadioGroup
        legend="Fault simulator"
        columns
        name="fault"
        value={value}
        onChange={onChange}
        options={faultChoices.map((choice) => ({ value: choice.key, label: choice.label }))}
        hint={
          <>
            Makes the mock backend fail on purpose, through the request header <code>X-Mock-Fault: {current.spec}</code>.
          </>
        }
      />
      <p className="pg-expect" aria-live="polite">
        <strong>What to expect:</strong> {current.expect}
      </p>
    </div>
  );
}
