import type { CheckoutLabels } from '../../core/labels';
import pt from './pt';

// Portuguese (Brazil): pt's texts with its own differences.
const pt_BR: CheckoutLabels = {
  ...pt,
  redirecting: 'Redirecionando para o pagamento…',
  processing: 'Criando seu checkout…',
  errorNetwork: 'Não foi possível conectar ao servidor de pagamento. Verifique sua conexão e tente novamente.',
  errorServer: 'O servidor de pagamento teve um problema. Tente novamente em instantes.',
  errorUnauthorized: 'Faça login novamente e tente finalizar a compra.',
  errorRedirect: 'O endereço da página de pagamento não era seguro, então ficamos aqui.',
  orderSummary: 'Resumo do pedido',
  trial: '{days, plural, one {Teste grátis de # dia} other {Teste grátis de # dias}}',
  promotionCodeOn: 'Você pode inserir um código promocional na próxima página.',
  emptyCart: 'Seu carrinho está vazio.',
  itemsInvalid: 'Verifique os campos destacados.',
};
export default pt_BR;
