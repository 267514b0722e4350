// A hand or an arrow pointing down, with any skin tone or presentation mark after it: "👇", "👇🏽", "⬇️", "⤵️", "🔽".
const POINTING_DOWN =
  /\s*(?:👇|⬇|⤵|🔽|↓)[\u{1F3FB}-\u{1F3FF}\u{FE0F}]*(?:\s*(?:👇|⬇|⤵|🔽|↓)[\u{1F3FB}-\u{1F3FF}\u{FE0F}]*)*\s*$/u

/**
 * True when a line ends pointing at the lines below it ("o que eu preciso de vc 👇", "What you need ⬇️"). A post
 * written on a phone points at what follows where a page would put a colon: the line heads what is under it.
 */
export function endsPointingDown(line: string): boolean {
  return POINTING_DOWN.test(line)
}

/** The line without the pointing that closes it, so its words are read alone. */
export function withoutPointingDown(line: string): string {
  return line.replace(POINTING_DOWN, '')
}
