import { BaseSequencer } from 'vitest/node';
export declare class HeavyFirstSequencer extends BaseSequencer {}
