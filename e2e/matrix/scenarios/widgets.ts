import type { MatrixCase, WidgetSpec } from '../case';

/**
 * One row of the matrix. `run` drives the widget as a shopper (or a careless integrator) through the
 * surface-neutral MatrixCase and asserts what the shopper sees, what was sent and where the browser is.
 */
export interface Scenario {
  id: string;
  group: 'Faults' | 'Abuse of the button' | 'Redirect safety' | 'Injection' | 'Back-forward cache' | 'Strict CSP' | 'Accessibility' | 'Bad configuration';
  title: string;
  expected: string;
  run(c: MatrixCase): Promise<void>;
}

// Small client timings (config, as an integrator sets them), so retries and timeouts take milliseconds.
export const FAST = { retries: 2, retryDelayMs: 50, timeoutMs: 2000 };
export const SUCCESS_URL = '/thanks.html?session={CHECKOUT_SESSION_ID}';
export const MUG = { price: 'price_mug', name: 'Mug', unitAmount: 1200, quantity: 1, adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } };
export const TEE = { price: 'price_tee', name: 'T-shirt', unitAmount: 2500 };

export const withFault = (fault: string) => `/checkout/session?fault=${encodeURIComponent(fault)}`;

/** The standard form: two items (Mug adjustable 1..10), card or PayPal. */
export function form(config: Record<string, unknown> = {}, options: Partial<WidgetSpec> = {}): WidgetSpec {
  return { kind: 'form', lineItems: [MUG, TEE], successUrl: SUCCESS_URL, cancelUrl: '/cart.html', currency: 'eur', paymentMethodTypes: ['card', 'paypal'], allowQuantityEdit: true, config: { ...FAST, ...config }, ...options };
}

/** The standard button: two mugs. */
export function button(config: Record<string, unknown> = {}, options: Partial<WidgetSpec> = {}): WidgetSpec {
  return { kind: 'button', label: 'Buy now', lineItems: [{ price: 'price_mug', quantity: 2 }], successUrl: SUCCESS_URL, cancelUrl: '/cart.html', currency: 'eur', config: { ...FAST, ...config }, ...options };
}

/** The exact body of the standard form after fillForm(): Mug × 3, PayPal. */
export const formBody = (origin: string) => ({
  line_items: [
    { price: 'price_mug', quantity: 3, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
    { price: 'price_tee', quantity: 1 },
  ],
  mode: 'payment',
  success_url: `${origin}${SUCCESS_URL}`,
  cancel_url: `${origin}/cart.html`,
  payment_method_types: ['paypal'],
  subscription_data: {},
  currency: 'eur',
});

export const buttonBody = (origin: string) => ({
  line_items: [{ price: 'price_mug', quantity: 2 }],
  mode: 'payment',
  success_url: `${origin}${SUCCESS_URL}`,
  cancel_url: `${origin}/cart.html`,
  payment_method_types: ['card'],
  subscription_data: {},
  currency: 'eur',
});

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function lastErrorKind(c: MatrixCase): Promise<string | undefined> {
  return (await c.errors()).at(-1)?.kind;
}
