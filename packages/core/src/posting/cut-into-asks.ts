/** A piece of a line; `coordinated` marks a piece after the first, which continues the ask the line opened. */
export type AskSpan = { start: number; end: number; coordinated?: true }

/**
 * Cuts [start, end) at the given offsets (absolute, in order), dropping `skip` characters of joint at each: the
 * splitters of coordinated asks find different joints but share this one way of turning them into pieces.
 */
export function cutIntoAsks(
  start: number,
  end: number,
  cuts: ReadonlyArray<{ at: number; skip: number }>,
): AskSpan[] {
  const spans: AskSpan[] = []
  let from = start
  for (const cut of cuts) {
    spans.push(
      spans.length === 0 ? { start: from, end: cut.at } : { start: from, end: cut.at, coordinated: true },
    )
    from = cut.at + cut.skip
  }
  spans.push(spans.length === 0 ? { start: from, end } : { start: from, end, coordinated: true })
  return spans
}
