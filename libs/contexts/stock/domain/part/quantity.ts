/** Quantities keep three decimals (grams of a kilogram, millilitres of a litre); float noise never accumulates. */
export const QUANTITY_DECIMALS = 3;

export function addQuantities(a: number, b: number): number {
  const scale = 10 ** QUANTITY_DECIMALS;
  return Math.round(a * scale + b * scale) / scale;
}

export function hasAtMostQuantityDecimals(value: number): boolean {
  const scaled = value * 10 ** QUANTITY_DECIMALS;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}
