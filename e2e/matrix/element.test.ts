import { runMatrix } from './runMatrix';

// The shared scenario table (scenarios.ts) against the element surface.
runMatrix('element');
