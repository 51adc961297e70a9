/** The system Chromium (Debian's /usr/bin/chromium); override with CHROMIUM_PATH. */
export declare const CHROMIUM_PATH: string;
/** Quiet, offline, reproducible: no background traffic, no updates, no first-run UI. */
export declare const CHROMIUM_ARGS: string[];
