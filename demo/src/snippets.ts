import { jsLiteral, RawCode } from './jsLiteral';
import { toLineItem, toParams, type PlaygroundConfig } from './playgroundConfig';

export interface Snippet {
  key: 'react' | 'element' | 'mount' | 'backend';
  title: string;
  language: string;
  hint: string;
  code: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
// JSON inside <script> must not be able to close the element.
const scriptSafeJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** The widget options the config describes, as mount() and the JSON of <checkout-form> take them (no callbacks). */
function widgetOptions(config: PlaygroundConfig): Record<string, unknown> {
  const params = toParams(config);
  const trial = params.subscriptionData?.trialPeriodDays;
  return {
    lineItems: config.items.map(toLineItem),
    successUrl: params.successUrl,
    cancelUrl: params.cancelUrl,
    mode: params.mode,
    paymentMethodTypes: params.paymentMethodTypes,
    promotionCodes: config.promotionCodes === 'hidden' ? undefined : config.promotionCodes,
    currency: params.currency,
    trialPeriodDays: trial,
    allowQuantityEdit: config.allowQuantityEdit || undefined,
    locale: config.locale,
    theme: config.theme === 'dark' ? 'dark' : undefined,
  };
}

/** ClientConfig as source: the endpoint, and the access token when one is set. */
function clientConfig(config: PlaygroundConfig): Record<string, unknown> {
  return { endpoint: config.endpoint, getAccessToken: config.accessToken ? new RawCode(`() => ${jsLiteral(config.accessToken)}`) : undefined };
}

/** A JSX attribute: strings in quotes, `true` bare, anything else in braces; undefined leaves it out. */
function jsxAttribute(name: string, value: unknown, indent: string): string | null {
  if (value === undefined || value === false) return null;
  if (value === true) return `${indent}${name}`;
  if (value instanceof RawCode) return `${indent}${name}={${value.code}}`;
  if (typeof value === 'string' && !/["{}<>]/.test(value.replace(/\{CHECKOUT_SESSION_ID\}/g, ''))) return `${indent}${name}="${value}"`;
  return `${indent}${name}={${jsLiteral(value, indent)}}`;
}

const jsxAttributes = (attributes: [string, unknown][], indent: string) =>
  attributes.map(([name, value]) => jsxAttribute(name, value, indent)).filter((line) => line !== null).join('\n');

function reactSnippet(config: PlaygroundConfig): string {
  const params = toParams(config);
  const trial = params.subscriptionData?.trialPeriodDays;
  const shared: [string, unknown][] = [
    ['lineItems', new RawCode('lineItems')],
    ['successUrl', params.successUrl],
    ['cancelUrl', params.cancelUrl],
    ['mode', params.mode],
    ['paymentMethodTypes', params.paymentMethodTypes],
    ['currency', params.currency],
  ];
  const form: [string, unknown][] = [
    ...shared,
    ['promotionCodes', config.promotionCodes === 'hidden' ? undefined : config.promotionCodes],
    ['allowQuantityEdit', config.allowQuantityEdit],
    ['trialPeriodDays', trial],
    ['locale', config.locale],
    ['config', new RawCode('checkoutConfig')],
  ];
  const button: [string, unknown][] = [
    ...shared,
    ['allowPromotionCodes', config.promotionCodes === 'on'],
    ['subscriptionData', trial === undefined ? undefined : { trialPeriodDays: trial }],
    ['locale', config.locale],
    ['config', new RawCode('checkoutConfig')],
  ];
  const theme = config.theme === 'dark' ? ' data-theme="dark"' : '';
  return `import { CheckoutButton, CheckoutForm } from 'checkout-widget';
import 'checkout-widget/styles.css';

const lineItems = ${jsLiteral(config.items.map(toLineItem))};

// Your backend route that creates the session (and the shopper's token, if it needs one).
const checkoutConfig = ${jsLiteral(clientConfig(config))};

/** The full form: items, quantities, payment method, then the redirect to the hosted page. */
export function Checkout() {
  return (
    <div${theme}>
      <CheckoutForm
${jsxAttributes(form, '        ')}
      />
    </div>
  );
}

/** Just a button: one click creates the session and redirects. */
export function BuyNowButton() {
  return (
    <div${theme}>
      <CheckoutButton
${jsxAttributes(button, '        ')}
      >
        Buy now
      </CheckoutButton>
    </div>
  );
}
`;
}

function elementSnippet(config: PlaygroundConfig): string {
  const options = widgetOptions(config);
  const attributes: [string, unknown][] = [
    ['endpoint', config.endpoint],
    ['success-url', options.successUrl],
    ['cancel-url', options.cancelUrl],
    ['mode', options.mode],
    ['payment-method-types', (options.paymentMethodTypes as string[]).join(' ')],
    ['promotion-codes', options.promotionCodes],
    ['currency', options.currency],
    ['trial-period-days', options.trialPeriodDays],
    ['allow-quantity-edit', options.allowQuantityEdit ? '' : undefined],
    ['locale', options.locale],
    ['theme', options.theme],
  ];
  const attributeText = attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === '' ? `  ${name}` : `  ${name}="${escapeAttribute(String(value))}"`))
    .join('\n');
  const token = config.accessToken ? '\n<!-- An access token cannot be an attribute: use CheckoutWidget.mount with config.getAccessToken. -->' : '';
  return `<!-- The drop-in bundle: copy node_modules/checkout-widget/dist/checkout-widget.iife.js to your site. -->
<script src="/checkout-widget.iife.js" defer></script>${token}

<checkout-form
${attributeText}
>
  <script type="application/json">
${scriptSafeJson({ lineItems: options.lineItems }).replace(/^/gm, '    ')}
  </script>
</checkout-form>
`;
}

function mountSnippet(config: PlaygroundConfig): string {
  const options = { kind: 'form', ...widgetOptions(config), config: clientConfig(config) };
  return `<!-- The drop-in bundle: copy node_modules/checkout-widget/dist/checkout-widget.iife.js to your site. -->
<div id="checkout"></div>
<script src="/checkout-widget.iife.js"></script>
<script>
  const widget = CheckoutWidget.mount(document.getElementById('checkout'), ${jsLiteral(options, '  ')});
  // Later: widget.update({ currency: 'usd' }) changes it, widget.unmount() removes it.
</script>
`;
}

/** Where the endpoint's route file lives in a Next.js app: `/checkout/session` → `app/checkout/session/route.ts`. */
function routeFile(endpoint: string): string {
  let path = endpoint;
  try {
    path = new URL(endpoint, 'https://shop.example').pathname;
  } catch {
    // not a URL: shown as typed (the settings panel already says it is invalid)
  }
  return `app${path.replace(/\/+$/, '')}/route.ts`;
}

// README.md's "Your backend" Next.js route, for the endpoint set (test/package/readmeServer.test.ts runs
// README's; e2e/demo-snippets.test.ts checks this one matches it for the default endpoint).
function backendSnippet(config: PlaygroundConfig): string {
  return `// ${routeFile(config.endpoint)} (Next.js)
import Stripe from 'stripe';
import { createCheckoutHandler, stripeProvider } from 'checkout-widget/server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const POST = createCheckoutHandler({
  prices: {
    price_mug: { maxQuantity: 10 },
    price_beans: {},
    price_basic_monthly: { recurring: true, trialPeriodDays: 14, maxQuantity: 1 },
  },
  coupons: ['WELCOME10'],
  currencies: ['eur'],
  // The origin shoppers see. Self-hosted Next.js hands route handlers http://localhost:<port> as request.url.
  publicOrigin: process.env.PUBLIC_ORIGIN, // e.g. https://shop.example; unset: request.url's origin
  provider: stripeProvider(stripe),
});
`;
}

/** Code a shop developer can paste as it is, generated from the current settings. */
export function buildSnippets(config: PlaygroundConfig): Snippet[] {
  return [
    { key: 'react', title: 'React', language: 'tsx', hint: 'npm install checkout-widget, then use these components in your app.', code: reactSnippet(config) },
    { key: 'element', title: 'Script tag + custom element', language: 'html', hint: 'No build step: paste into any HTML page.', code: elementSnippet(config) },
    { key: 'mount', title: 'CheckoutWidget.mount', language: 'html', hint: 'For pages that build their settings in JavaScript.', code: mountSnippet(config) },
    {
      key: 'backend',
      title: 'Your backend route',
      language: 'ts',
      hint: 'Your endpoint with checkout-widget/server (the mock here runs the same handler with a fake provider): list your prices, and it refuses what a shopper could rewrite before Stripe creates the session.',
      code: backendSnippet(config),
    },
  ];
}
