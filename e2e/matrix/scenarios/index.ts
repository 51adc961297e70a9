import { abuse } from './abuse';
import { axe, keyboard } from './accessibility';
import { badConfiguration } from './configuration';
import { faults } from './faults';
import { injection } from './injection';
import { bfcache, csp } from './pageLife';
import { redirects } from './redirects';
import type { Scenario } from './widgets';

export type { Scenario };

/** The whole matrix, in report order; every surface runs all of it. */
export const scenarios: readonly Scenario[] = [...faults, ...abuse, ...redirects, ...injection, bfcache, csp, keyboard, axe, ...badConfiguration];
