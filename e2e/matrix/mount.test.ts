import { runMatrix } from './runMatrix';

// The shared scenario table (scenarios.ts) against the mount surface.
runMatrix('mount');
