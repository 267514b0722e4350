/** A piece of a line; `coordinated` marks a piece after the first, which continues the ask the line opened. */
export type AskSpan = { start: number; end: number; coordinated?: true }

/**
 * Cuts [start, end) at the given offsets (in order; `origin` is what they count from, the text's start by default),
 * dropping `skip` characters of joint at each: the splitters of coordinated asks find different joints but share this
 * one way of turning them into pieces. No cuts give the whole span back.
 */
export function cutIntoAsks(
  start: number,
  end: number,
  cuts: ReadonlyArray<{ at: number; skip: number }>,
  origin = 0,
): AskSpan[] {
  const spans: AskSpan[] = []
  let from = start
  for (const cut of cuts) {
    const at = origin + cut.at
    spans.push(spans.length === 0 ? { start: from, end: at } : { start: from, end: at, coordinated: true })
    from = at + cut.skip
  }
  spans.push(spans.length === 0 ? { start: from, end } : { start: from, end, coordinated: true })
  return spans
}
