// Other checkout SDKs, measured in the same run as ours so the comparison uses the same esbuild
// and the same rules. Each `remote` note was checked against the installed package's code
// (file and line noted) rather than its marketing; re-check them when a version is bumped.

export const ANCHORS = [
  {
    pkg: '@stripe/stripe-js',
    label: '@stripe/stripe-js (loadStripe)',
    entry: `import { loadStripe } from '@stripe/stripe-js'; console.log(loadStripe);`,
    // dist/index.mjs: STRIPE_JS_URL = `${ORIGIN}/${RELEASE_TRAIN}/stripe.js`, then
    // document.createElement('script') in injectScript().
    remote:
      'yes: only a loader; injects `<script src="https://js.stripe.com/endive/stripe.js">`, ' +
      'all payment UI comes from that remote script',
  },
  {
    pkg: '@stripe/react-stripe-js',
    label: '@stripe/react-stripe-js (Elements, EmbeddedCheckout*) + loadStripe',
    // react-stripe-js never imports @stripe/stripe-js at run time (the app passes a Stripe
    // promise in), so loadStripe is added to make the entry something an app can actually use.
    entry:
      `import { loadStripe } from '@stripe/stripe-js';` +
      `import { Elements, EmbeddedCheckoutProvider, EmbeddedCheckout } from '@stripe/react-stripe-js';` +
      `console.log(loadStripe, Elements, EmbeddedCheckoutProvider, EmbeddedCheckout);`,
    // dist/react-stripe.esm.mjs: EmbeddedCheckoutProvider calls
    // stripe.createEmbeddedCheckoutPage(options), a method of the remote Stripe.js object.
    remote:
      'yes: React wrappers only; EmbeddedCheckout is built by `stripe.createEmbeddedCheckoutPage()` ' +
      'of the remote Stripe.js (loaded from js.stripe.com as above)',
  },
  {
    pkg: '@paddle/paddle-js',
    label: '@paddle/paddle-js (initializePaddle)',
    entry: `import { initializePaddle } from '@paddle/paddle-js'; console.log(initializePaddle);`,
    // dist/index.esm.js: PaddleBillingCDNUrl = 'https://cdn.paddle.com/paddle/v2/paddle.js',
    // injectScript() appends it to <head>; the checkout itself is opened by that script.
    remote:
      'yes: injects `<script src="https://cdn.paddle.com/paddle/v2/paddle.js">`; ' +
      'the checkout UI comes from that remote script',
  },
  {
    pkg: '@polar-sh/checkout',
    label: '@polar-sh/checkout/embed (PolarEmbedCheckout)',
    entry: `import { PolarEmbedCheckout } from '@polar-sh/checkout/embed'; console.log(PolarEmbedCheckout);`,
    // dist/embed.js: create() appends a full-viewport <iframe src=checkoutUrl?embed=true>, and
    // only trusts postMessage from https://polar.sh or https://sandbox.polar.sh.
    remote:
      'yes: opens a full-screen `<iframe>` of the checkout URL on polar.sh ' +
      '(events via postMessage)',
  },
  {
    pkg: '@shopify/buy-button-js',
    label: '@shopify/buy-button-js (prebuilt dist/buybutton.min.js)',
    // The package ships its own minified browser build; that is what a script-tag user loads,
    // so it is measured as shipped rather than rebundled.
    prebuilt: 'dist/buybutton.min.js',
    // dist/buybutton.js: UI from bundled mustache templates rendered into iframes it creates
    // itself (no src); products via fetch to `https://${domain}/api/2025-01/graphql`; checkout
    // by CheckoutNavigator.open(): window.open(checkoutUrl) or window.location = checkoutUrl.
    remote:
      'partly: renders its UI locally (bundled templates in iframes it builds), but fetches ' +
      'products from the Storefront API (`https://<shop>/api/2025-01/graphql`); ' +
      "checkout opens Shopify's page",
  },
  {
    pkg: 'use-shopping-cart',
    label: 'use-shopping-cart (CartProvider, useShoppingCart)',
    entry:
      `import { CartProvider, useShoppingCart } from 'use-shopping-cart';` +
      `console.log(CartProvider, useShoppingCart);`,
    // dist/react.es.js: `import '@stripe/stripe-js'` (its own nested 1.54.2, whose module body
    // calls loadScript() → https://js.stripe.com/v3), checkout via Stripe(key).redirectToCheckout().
    remote:
      'headless (no UI); importing it injects `https://js.stripe.com/v3` (nested @stripe/stripe-js 1.x), ' +
      'checkout redirects to Stripe via `redirectToCheckout`',
  },
];
