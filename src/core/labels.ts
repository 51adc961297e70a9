/** Every string the widget shows. Override any of them with the `labels` prop. */
export interface CheckoutLabels {
  checkout: string;
  pay: string;
  redirecting: string;
  processing: string;
  orderSummary: string;
  product: string;
  quantity: string;
  /** `{name}` is replaced with the product name. */
  increaseQuantity: string;
  decreaseQuantity: string;
  remove: string;
  unitPrice: string;
  lineTotal: string;
  subtotal: string;
  /** `{days}` is replaced with the number of days. */
  trial: string;
  promotionCode: string;
  promotionCodeOn: string;
  paymentMethod: string;
  card: string;
  paypal: string;
  customer_balance: string;
  perDay: string;
  perWeek: string;
  perMonth: string;
  perYear: string;
  /** `{count}` and `{unit}`: "every 3 months". */
  everyN: string;
  day: string;
  week: string;
  month: string;
  year: string;
  emptyCart: string;
  tryAgain: string;
  errorNetwork: string;
  errorTimeout: string;
  errorServer: string;
  errorRejected: string;
  errorUnauthorized: string;
  errorTooMany: string;
  errorResponse: string;
  errorRedirect: string;
  errorValidation: string;
  errorAborted: string;
  /** `{id}` is replaced with the request id. */
  requestId: string;
  itemsInvalid: string;
}

export type SupportedLocale = 'en' | 'it' | 'de' | 'fr' | 'es';
export const supportedLocales: readonly SupportedLocale[] = ['en', 'it', 'de', 'fr', 'es'];

const en: CheckoutLabels = {
  checkout: 'Checkout',
  pay: 'Continue to payment',
  redirecting: 'Redirecting to payment…',
  processing: 'Creating your checkout…',
  orderSummary: 'Order summary',
  product: 'Product',
  quantity: 'Quantity',
  increaseQuantity: 'Increase quantity of {name}',
  decreaseQuantity: 'Decrease quantity of {name}',
  remove: 'Remove {name}',
  unitPrice: 'Unit price',
  lineTotal: 'Total',
  subtotal: 'Subtotal',
  trial: '{days}-day free trial',
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
  everyN: 'every {count} {unit}',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  emptyCart: 'Your cart is empty.',
  tryAgain: 'Please try again.',
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
  itemsInvalid: 'Please check the highlighted fields.',
};

const it: CheckoutLabels = {
  ...en,
  checkout: 'Acquista',
  pay: 'Procedi al pagamento',
  redirecting: 'Reindirizzamento al pagamento…',
  processing: 'Creazione del checkout…',
  orderSummary: 'Riepilogo ordine',
  product: 'Prodotto',
  quantity: 'Quantità',
  increaseQuantity: 'Aumenta la quantità di {name}',
  decreaseQuantity: 'Diminuisci la quantità di {name}',
  remove: 'Rimuovi {name}',
  unitPrice: 'Prezzo unitario',
  lineTotal: 'Totale',
  subtotal: 'Subtotale',
  trial: 'Prova gratuita di {days} giorni',
  promotionCode: 'Ho un codice promozionale',
  promotionCodeOn: 'Potrai inserire un codice promozionale nella pagina successiva.',
  paymentMethod: 'Metodo di pagamento',
  card: 'Carta',
  customer_balance: 'Bonifico (saldo cliente)',
  perDay: '/ giorno',
  perWeek: '/ settimana',
  perMonth: '/ mese',
  perYear: '/ anno',
  everyN: 'ogni {count} {unit}',
  day: 'giorni',
  week: 'settimane',
  month: 'mesi',
  year: 'anni',
  emptyCart: 'Il carrello è vuoto.',
  tryAgain: 'Riprova.',
  errorNetwork: 'Impossibile raggiungere il server di pagamento. Controlla la connessione e riprova.',
  errorTimeout: 'Il server di pagamento non ha risposto in tempo. Riprova.',
  errorServer: 'Il server di pagamento ha avuto un problema. Riprova tra poco.',
  errorRejected: 'Non è stato possibile avviare il checkout.',
  errorUnauthorized: 'Accedi di nuovo, poi riprova.',
  errorTooMany: 'Troppi tentativi. Attendi un momento e riprova.',
  errorResponse: 'Il server di pagamento ha inviato una risposta inattesa. Riprova.',
  errorRedirect: "L'indirizzo della pagina di pagamento non era sicuro: siamo rimasti qui.",
  errorValidation: 'Questo checkout non è configurato correttamente.',
  errorAborted: 'Il checkout è stato annullato.',
  requestId: 'Riferimento: {id}',
  itemsInvalid: 'Controlla i campi evidenziati.',
};

const de: CheckoutLabels = {
  ...en,
  checkout: 'Zur Kasse',
  pay: 'Weiter zur Zahlung',
  redirecting: 'Weiterleitung zur Zahlung…',
  processing: 'Checkout wird erstellt…',
  orderSummary: 'Bestellübersicht',
  product: 'Produkt',
  quantity: 'Menge',
  increaseQuantity: 'Menge von {name} erhöhen',
  decreaseQuantity: 'Menge von {name} verringern',
  remove: '{name} entfernen',
  unitPrice: 'Stückpreis',
  lineTotal: 'Summe',
  subtotal: 'Zwischensumme',
  trial: '{days} Tage kostenlos testen',
  promotionCode: 'Ich habe einen Gutscheincode',
  promotionCodeOn: 'Auf der nächsten Seite können Sie einen Gutscheincode eingeben.',
  paymentMethod: 'Zahlungsart',
  card: 'Karte',
  customer_balance: 'Überweisung (Kundenguthaben)',
  perDay: '/ Tag',
  perWeek: '/ Woche',
  perMonth: '/ Monat',
  perYear: '/ Jahr',
  everyN: 'alle {count} {unit}',
  day: 'Tage',
  week: 'Wochen',
  month: 'Monate',
  year: 'Jahre',
  emptyCart: 'Ihr Warenkorb ist leer.',
  tryAgain: 'Bitte versuchen Sie es erneut.',
  errorNetwork: 'Der Checkout-Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Checkout-Server hat zu lange gebraucht. Bitte versuchen Sie es erneut.',
  errorServer: 'Beim Checkout-Server ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  errorRejected: 'Der Checkout konnte nicht gestartet werden.',
  errorUnauthorized: 'Bitte melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
  errorTooMany: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  errorResponse: 'Der Checkout-Server hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.',
  errorRedirect: 'Die Adresse der Zahlungsseite war nicht sicher, daher sind Sie hier geblieben.',
  errorValidation: 'Dieser Checkout ist nicht richtig eingerichtet.',
  errorAborted: 'Der Checkout wurde abgebrochen.',
  requestId: 'Referenz: {id}',
  itemsInvalid: 'Bitte prüfen Sie die markierten Felder.',
};

const fr: CheckoutLabels = {
  ...en,
  checkout: 'Commander',
  pay: 'Continuer vers le paiement',
  redirecting: 'Redirection vers le paiement…',
  processing: 'Création de votre commande…',
  orderSummary: 'Récapitulatif de la commande',
  product: 'Produit',
  quantity: 'Quantité',
  increaseQuantity: 'Augmenter la quantité de {name}',
  decreaseQuantity: 'Diminuer la quantité de {name}',
  remove: 'Retirer {name}',
  unitPrice: 'Prix unitaire',
  lineTotal: 'Total',
  subtotal: 'Sous-total',
  trial: 'Essai gratuit de {days} jours',
  promotionCode: "J'ai un code promo",
  promotionCodeOn: 'Vous pourrez saisir un code promo à la page suivante.',
  paymentMethod: 'Moyen de paiement',
  card: 'Carte',
  customer_balance: 'Virement (solde client)',
  perDay: '/ jour',
  perWeek: '/ semaine',
  perMonth: '/ mois',
  perYear: '/ an',
  everyN: 'tous les {count} {unit}',
  day: 'jours',
  week: 'semaines',
  month: 'mois',
  year: 'ans',
  emptyCart: 'Votre panier est vide.',
  tryAgain: 'Veuillez réessayer.',
  errorNetwork: 'Impossible de joindre le serveur de paiement. Vérifiez votre connexion et réessayez.',
  errorTimeout: 'Le serveur de paiement a mis trop de temps à répondre. Veuillez réessayer.',
  errorServer: 'Le serveur de paiement a rencontré un problème. Réessayez dans un instant.',
  errorRejected: "La commande n'a pas pu être lancée.",
  errorUnauthorized: 'Veuillez vous reconnecter, puis réessayer.',
  errorTooMany: 'Trop de tentatives. Patientez un instant puis réessayez.',
  errorResponse: 'Le serveur de paiement a envoyé une réponse inattendue. Veuillez réessayer.',
  errorRedirect: "L'adresse de la page de paiement n'était pas sûre : vous êtes resté ici.",
  errorValidation: "Ce paiement n'est pas configuré correctement.",
  errorAborted: 'La commande a été annulée.',
  requestId: 'Référence : {id}',
  itemsInvalid: 'Veuillez vérifier les champs signalés.',
};

const es: CheckoutLabels = {
  ...en,
  checkout: 'Pagar',
  pay: 'Continuar al pago',
  redirecting: 'Redirigiendo al pago…',
  processing: 'Creando tu pedido…',
  orderSummary: 'Resumen del pedido',
  product: 'Producto',
  quantity: 'Cantidad',
  increaseQuantity: 'Aumentar la cantidad de {name}',
  decreaseQuantity: 'Disminuir la cantidad de {name}',
  remove: 'Quitar {name}',
  unitPrice: 'Precio unitario',
  lineTotal: 'Total',
  subtotal: 'Subtotal',
  trial: 'Prueba gratuita de {days} días',
  promotionCode: 'Tengo un código promocional',
  promotionCodeOn: 'Podrás introducir un código promocional en la página siguiente.',
  paymentMethod: 'Método de pago',
  card: 'Tarjeta',
  customer_balance: 'Transferencia (saldo del cliente)',
  perDay: '/ día',
  perWeek: '/ semana',
  perMonth: '/ mes',
  perYear: '/ año',
  everyN: 'cada {count} {unit}',
  day: 'días',
  week: 'semanas',
  month: 'meses',
  year: 'años',
  emptyCart: 'Tu carrito está vacío.',
  tryAgain: 'Inténtalo de nuevo.',
  errorNetwork: 'No pudimos conectar con el servidor de pago. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'El servidor de pago tardó demasiado en responder. Inténtalo de nuevo.',
  errorServer: 'El servidor de pago tuvo un problema. Inténtalo de nuevo en un momento.',
  errorRejected: 'No se pudo iniciar el pago.',
  errorUnauthorized: 'Vuelve a iniciar sesión y luego inténtalo de nuevo.',
  errorTooMany: 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  errorResponse: 'El servidor de pago envió una respuesta inesperada. Inténtalo de nuevo.',
  errorRedirect: 'La dirección de la página de pago no era segura, así que te quedaste aquí.',
  errorValidation: 'Este pago no está configurado correctamente.',
  errorAborted: 'El pago se canceló.',
  requestId: 'Referencia: {id}',
  itemsInvalid: 'Revisa los campos marcados.',
};

const tables: Record<SupportedLocale, CheckoutLabels> = { en, it, de, fr, es };

/** Labels for a BCP 47 locale (`de-CH` → German), falling back to English, with overrides applied. */
export function resolveLabels(locale: string | undefined, overrides?: Partial<CheckoutLabels>): CheckoutLabels {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] as SupportedLocale;
  const base = tables[language] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

/** Fills `{name}`-style placeholders. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
