import type { CheckoutLabels } from '../../core/labels';
import es from './es';

// Spanish (Latin America): es's texts with its own differences.
const es_419: CheckoutLabels = {
  ...es,
  processing: 'Creando tu orden…',
  orderSummary: 'Resumen de la orden',
  remove: 'Eliminar {name}',
  promotionCodeOn: 'Podrás ingresar un código promocional en la página siguiente.',
  customer_balance: 'Transferencia bancaria (saldo del cliente)',
  emptyCart: 'Tu carrito de compras está vacío.',
};
export default es_419;
