export type Bm25Options = { k1?: number; b?: number }

export type Bm25Index = {
  /** BM25 score of every document for the query, in document order. */
  score(queryTerms: readonly string[]): number[]
}

/** Lower-cased word tokens (letters and digits, accents kept); the tokenizer both baselines share. */
export function tokenizeForRetrieval(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? []
}

/**
 * Okapi BM25 with the Lucene idf, log(1 + (N − df + 0.5)/(df + 0.5)), which stays positive for common terms.
 * Defaults k1 = 1.2, b = 0.75.
 */
export function createBm25Index(
  documents: ReadonlyArray<readonly string[]>,
  options: Bm25Options = {},
): Bm25Index {
  const k1 = options.k1 ?? 1.2
  const b = options.b ?? 0.75
  const count = documents.length
  const lengths = documents.map((document) => document.length)
  const averageLength = count === 0 ? 0 : lengths.reduce((sum, length) => sum + length, 0) / count
  const postings = new Map<string, Array<{ document: number; frequency: number }>>()
  documents.forEach((document, index) => {
    const frequencies = new Map<string, number>()
    for (const term of document) frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
    for (const [term, frequency] of frequencies) {
      const list = postings.get(term) ?? []
      list.push({ document: index, frequency })
      postings.set(term, list)
    }
  })
  return {
    score(queryTerms) {
      const scores = new Array<number>(count).fill(0)
      for (const term of queryTerms) {
        const list = postings.get(term)
        if (!list) continue
        const idf = Math.log(1 + (count - list.length + 0.5) / (list.length + 0.5))
        for (const { document, frequency } of list) {
          const norm = averageLength === 0 ? 1 : 1 - b + (b * (lengths[document] as number)) / averageLength
          scores[document] =
            (scores[document] as number) + (idf * frequency * (k1 + 1)) / (frequency + k1 * norm)
        }
      }
      return scores
    },
  }
}
