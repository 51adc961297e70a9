// The script-tag build's form loader: dist/checkout-widget-form.js beside the IIFE, through the one
// chunk loader (loadChunk.ts) that also loads the locales.
import type * as FormViewModule from './formView';
import { loadChunk } from './loadChunk';

export const loadFormView = (): Promise<typeof FormViewModule & { formCss?: string }> => loadChunk('form');
