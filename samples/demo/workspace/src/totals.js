// Invoice totals. Prices are in euros with two decimals.
export function lineTotal(item) {
  return item.price * item.quantity;
}

export function computeTotal(items, taxRate = 0) {
  let subtotal = 0;
  for (const item of items) subtotal += lineTotal(item);
  return subtotal * (1 + taxRate);
}
