// The cart every form variant renders: `count` lines of 12.00 EUR, quantity 1, adjustable 0–10.
export const lineItemsFor = (count) =>
  Array.from({ length: count }, (_, i) => ({
    price: `price_${i + 1}`,
    name: `Item ${i + 1}`,
    unitAmount: 1200,
    quantity: 1,
    adjustableQuantity: { enabled: true, minimum: 0, maximum: 10 },
  }));
