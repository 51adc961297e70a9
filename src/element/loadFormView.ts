// How the element entry gets the form for bundler users: a dynamic import(), so the shop's bundler
// splits React, react-hook-form and the form into their own chunk. The script-tag build replaces this
// module with loadFormView.iife.ts (vite.iife.config.ts).
export const loadFormView = (): Promise<typeof import('./formView') & { formCss?: string }> => import('./formView');
