// Entry of dist/checkout-widget-form.js (built by vite.iife.config.ts): a classic script that hands
// the form view and the form's half of the stylesheet to the main script's loader (loadChunk.ts). It
// defines no global of its own.
import formCss from '../styles/checkout-widget.css?inline';
import { mountFormView } from './formView';
import { version } from './version';

const widget = (globalThis as { CheckoutWidget?: { __chunk?: (name: string, version: string, module: unknown) => void } }).CheckoutWidget;
widget?.__chunk?.('form', version, { mountFormView, formCss });
