import assert from 'node:assert/strict';
import test from 'node:test';
import { computeTotal } from '../src/totals.js';

const cart = [
  { sku: 'A-100', price: 19.99, quantity: 3 },
  { sku: 'B-200', price: 0.1, quantity: 7 },
];

test('subtotal of a cart', () => {
  assert.equal(computeTotal(cart), 60.67);
});

test('total with 21% VAT', () => {
  assert.equal(computeTotal(cart, 0.21), 73.41);
});
