/** USD per million tokens. */
export type ModelPrice = { inputPerMillionUsd: number; outputPerMillionUsd: number }
export type PriceTable = Record<string, ModelPrice>

/** List prices at the time of writing; pass your own table when they change. */
export const DEFAULT_PRICE_TABLE: PriceTable = {
  'gpt-4o-mini': { inputPerMillionUsd: 0.15, outputPerMillionUsd: 0.6 },
  'gpt-4o': { inputPerMillionUsd: 2.5, outputPerMillionUsd: 10 },
  'gpt-4.1-nano': { inputPerMillionUsd: 0.1, outputPerMillionUsd: 0.4 },
  'gpt-4.1-mini': { inputPerMillionUsd: 0.4, outputPerMillionUsd: 1.6 },
  'gpt-4.1': { inputPerMillionUsd: 2, outputPerMillionUsd: 8 },
  'text-embedding-3-small': { inputPerMillionUsd: 0.02, outputPerMillionUsd: 0 },
  'text-embedding-3-large': { inputPerMillionUsd: 0.13, outputPerMillionUsd: 0 },
}

/** Finds a model's price: exact name first, then the longest table entry it starts with ("gpt-4o-mini-2024-07-18"). */
export function findModelPrice(
  model: string,
  priceTable: PriceTable = DEFAULT_PRICE_TABLE,
): ModelPrice | null {
  const exact = priceTable[model]
  if (exact) return exact
  const prefix = Object.keys(priceTable)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((left, right) => right.length - left.length)[0]
  return prefix ? (priceTable[prefix] ?? null) : null
}

/** Cost in USD of a call's token usage; 0 for models missing from the table (local or self-hosted). */
export function estimateCostUsd(
  model: string,
  usage: { inputTokens: number; outputTokens: number },
  priceTable: PriceTable = DEFAULT_PRICE_TABLE,
): number {
  const price = findModelPrice(model, priceTable)
  if (!price) return 0
  const cost =
    (usage.inputTokens * price.inputPerMillionUsd + usage.outputTokens * price.outputPerMillionUsd) /
    1_000_000
  return Math.round(cost * 1e8) / 1e8
}
