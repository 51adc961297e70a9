// The modules the form chunk takes from the main file instead of carrying its own copy: one flow, one
// CheckoutError class, one locale registry on the page. The script-tag build (vite.iife.config.ts)
// replaces this list with every src/core and src/i18n module the main file already contains.
import * as i18n from '../i18n/registry';

export const sharedModules: Record<string, object> = { 'i18n/registry': i18n };
