import type { CheckoutLabels } from '../../core/labels';
import fr from './fr';

// French (Canada): fr's texts with its own differences.
const fr_CA: CheckoutLabels = {
  ...fr,
  promotionCode: 'J\'ai un code promotionnel',
  promotionCodeOn: 'Vous pourrez entrer un code promotionnel à la page suivante.',
  customer_balance: 'Virement bancaire (solde client)',
  emptyCart: 'Votre panier d\'achat est vide.',
};
export default fr_CA;
