// Public surface of @shortlist/eval: the metric functions, for anyone reporting the same figures elsewhere.
export { type Bm25Index, type Bm25Options, createBm25Index, tokenizeForRetrieval } from './metrics/bm25'
export {
  classificationReport,
  type PrecisionRecall,
  precisionRecallF1,
} from './metrics/classification-metrics'
export {
  averagePrecision,
  mean,
  ndcgAtK,
  precisionAtK,
  quantile,
  rankByScore,
} from './metrics/ranking-metrics'
