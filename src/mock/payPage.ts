import type { StoredSession } from './store';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const methodNames: Record<string, string> = { card: 'Card', paypal: 'PayPal', customer_balance: 'Bank transfer (customer balance)' };

/**
 * The hosted page's policy: everything from the mock itself, nothing inline. The page's stylesheet and
 * icon are files of the mock (`/pay/assets/…`), so the page also works under a shop's `default-src 'self'`.
 */
export const PAY_PAGE_CSP = "default-src 'self'";

/** Where the pay page's own files are served, under the mock's /pay/ routes. */
export const PAY_ASSETS_PATH = '/pay/assets';

const payCss = `body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1a2e}
main{border:1px solid #ccd;border-radius:12px;padding:1.5rem}button{font:inherit;padding:.6rem 1.2rem;border-radius:8px;border:1px solid #334;cursor:pointer}
.pay{background:#1d4ed8;color:#fff;border-color:#1d4ed8}.row{display:flex;gap:.75rem;margin-top:1rem}small,.muted{color:#555}
`;
const payIcon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d4ed8"/></svg>';

const assets: Record<string, { body: string; type: string }> = {
  [`${PAY_ASSETS_PATH}/pay.css`]: { body: payCss, type: 'text/css; charset=utf-8' },
  [`${PAY_ASSETS_PATH}/icon.svg`]: { body: payIcon, type: 'image/svg+xml' },
};

/** The pay page's stylesheet or icon for a GET of `pathname`, or undefined when it is not one of them. */
export function payPageAsset(pathname: string): Response | undefined {
  const asset = assets[pathname];
  if (!asset) return undefined;
  return new Response(asset.body, { status: 200, headers: { 'content-type': asset.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } });
}

/** True for the hosted page itself (`/pay/:id`), which is answered with `PAY_PAGE_CSP`. */
export function isPayPagePath(pathname: string): boolean {
  return /^\/pay\/[\w-]+$/.test(pathname) && !pathname.startsWith(`${PAY_ASSETS_PATH}`);
}

/** The fake hosted payment page: plain HTML and forms, no script, nothing inline, assets from the mock. */
export function renderPayPage(session: StoredSession): string {
  const { request } = session;
  const rows = request.line_items
    .map((item) => `<li><code>${escapeHtml(item.price)}</code> × ${item.quantity ?? 1}${item.adjustable_quantity?.enabled ? ' <small>(adjustable)</small>' : ''}</li>`)
    .join('');
  const methods = (request.payment_method_types ?? ['card']).map((method) => methodNames[method] ?? method).join(', ');
  const trial = request.subscription_data.trial_period_days ? `<p>Free trial: ${request.subscription_data.trial_period_days} days</p>` : '';
  const promo = request.allow_promotion_codes ? '<p><label>Promotion code <input name="promotion_code" autocomplete="off"></label></p>' : '';
  const done = session.status !== 'open' ? `<p role="status">This session is ${session.status}.</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="${PAY_ASSETS_PATH}/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${PAY_ASSETS_PATH}/pay.css">
<title>Mock checkout – ${escapeHtml(session.id)}</title></head>
<body><main>
<p class="muted">Mock hosted checkout (checkout-widget/mock). No real payment is taken.</p>
<h1>Pay for your order</h1>
<p>Session <code id="session-id">${escapeHtml(session.id)}</code> · mode <strong>${escapeHtml(request.mode)}</strong>${request.currency ? ` · ${escapeHtml(request.currency.toUpperCase())}` : ''}</p>
<h2>Items</h2><ul>${rows}</ul>
<p>Payment methods: ${escapeHtml(methods)}</p>${trial}${done}
<form method="post" action="/pay/${encodeURIComponent(session.id)}/complete">${promo}
<div class="row"><button class="pay" type="submit">Pay</button>
<button type="submit" formaction="/pay/${encodeURIComponent(session.id)}/cancel">Cancel</button></div>
</form></main></body></html>`;
}

/** The success URL with the template filled, as the real hosted page would do. */
export function successRedirect(session: StoredSession): string {
  return session.request.success_url.split('{CHECKOUT_SESSION_ID}').join(session.id);
}
