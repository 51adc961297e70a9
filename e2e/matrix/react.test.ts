import { runMatrix } from './runMatrix';

// The shared scenario table (scenarios.ts) against the react surface.
runMatrix('react');
