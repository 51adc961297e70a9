import type { CheckoutCommonLabels, CheckoutFormLabels, CheckoutLabels } from '../../core/labels';

// English: the fallback for every missing text (the other locales load on demand). In two parts, so
// a button-only bundle (the script tag's main file) carries only the texts a button shows; the form's
// come with the form (src/i18n/labels.ts).
export const englishCommon: CheckoutCommonLabels = {
  checkout: 'Checkout',
  redirecting: 'Redirecting to payment…',
  processing: 'Creating your checkout…',
  errorNetwork: 'We could not reach the checkout server. Check your connection and try again.',
  errorTimeout: 'The checkout server took too long to answer. Please try again.',
  errorServer: 'The checkout server had a problem. Please try again in a moment.',
  errorRejected: 'The checkout could not be started.',
  errorUnauthorized: 'Please sign in again, then try to check out.',
  errorTooMany: 'Too many attempts. Please wait a moment and try again.',
  errorResponse: 'The checkout server sent an unexpected answer. Please try again.',
  errorRedirect: 'The payment page address was not safe to open, so we stayed here.',
  errorValidation: 'This checkout is not set up correctly.',
  errorAborted: 'The checkout was cancelled.',
  requestId: 'Reference: {id}',
  redirectStalled: 'The payment page did not open. You can try again.',
};

export const englishForm: CheckoutFormLabels = {
  pay: 'Continue to payment',
  orderSummary: 'Order summary',
  product: 'Product',
  quantity: 'Quantity',
  increaseQuantity: 'Increase quantity of {name}',
  decreaseQuantity: 'Decrease quantity of {name}',
  remove: 'Remove {name}',
  unitPrice: 'Unit price',
  lineTotal: 'Total',
  subtotal: 'Subtotal',
  trial: '{days, plural, one {#-day free trial} other {#-day free trial}}',
  promotionCode: 'I have a promotion code',
  promotionCodeOn: 'You can enter a promotion code on the next page.',
  paymentMethod: 'Payment method',
  card: 'Card',
  paypal: 'PayPal',
  customer_balance: 'Bank transfer (customer balance)',
  perDay: '/ day',
  perWeek: '/ week',
  perMonth: '/ month',
  perYear: '/ year',
  everyDays: '{count, plural, one {every day} other {every # days}}',
  everyWeeks: '{count, plural, one {every week} other {every # weeks}}',
  everyMonths: '{count, plural, one {every month} other {every # months}}',
  everyYears: '{count, plural, one {every year} other {every # years}}',
  emptyCart: 'Your cart is empty.',
  tryAgain: 'Please try again.',
  itemsInvalid: 'Please check the highlighted fields.',
  quantityRange: 'Choose a quantity from {min} to {max}.',
  quantityAnnouncement: '{name}: quantity {quantity}',
  subtotalAnnouncement: 'Subtotal: {amount}',
};

// Pure, so a bundle that imports only englishCommon drops the form's texts.
const en: CheckoutLabels = /* @__PURE__ */ Object.assign({}, englishCommon, englishForm);
export default en;
