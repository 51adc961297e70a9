/// <reference types="vite/client" />

/** True in `vite build` (npm run build:demo): the pages then answer the mock's routes themselves. */
declare const __CHECKOUT_DEMO_STATIC_BUILD__: boolean;
