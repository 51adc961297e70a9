import type { CheckoutLabels } from '../../core/labels';
import en from './en';

// English (United Kingdom): en's texts with its own differences.
const en_GB: CheckoutLabels = {
  ...en,
  promotionCode: 'I have a promo code',
  promotionCodeOn: 'You can enter a promo code on the next page.',
  customer_balance: 'Bank transfer (customer credit)',
  emptyCart: 'Your basket is empty.',
};
export default en_GB;
