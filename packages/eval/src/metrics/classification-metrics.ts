export type PrecisionRecall = { precision: number; recall: number; f1: number; support: number }

/** Precision, recall and F1 from raw counts; each is 0 when its denominator is 0. */
export function precisionRecallF1(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): PrecisionRecall {
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives)
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, support: truePositives + falseNegatives }
}

/** Accuracy and per-class / macro F1 for single-label predictions over a fixed set of classes. */
export function classificationReport<Label extends string>(
  pairs: ReadonlyArray<{ expected: Label; predicted: Label }>,
  labels: readonly Label[],
): { accuracy: number; macroF1: number; perClass: Record<Label, PrecisionRecall> } {
  const perClass = {} as Record<Label, PrecisionRecall>
  for (const label of labels) {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    for (const { expected, predicted } of pairs) {
      if (predicted === label && expected === label) truePositives += 1
      else if (predicted === label) falsePositives += 1
      else if (expected === label) falseNegatives += 1
    }
    perClass[label] = precisionRecallF1(truePositives, falsePositives, falseNegatives)
  }
  const correct = pairs.filter((pair) => pair.expected === pair.predicted).length
  const accuracy = pairs.length === 0 ? 0 : correct / pairs.length
  const macroF1 =
    labels.length === 0 ? 0 : labels.reduce((sum, label) => sum + perClass[label].f1, 0) / labels.length
  return { accuracy, macroF1, perClass }
}
