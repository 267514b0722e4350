/**
 * A colon a dash draws out at a line's end (":-", ":–"), as official notices in Commonwealth English set a lead-in
 * over its list ("a candidate must have:-"), is a colon: the dash adds nothing, yet hides the colon from every reader
 * that looks for a lead-in's closing colon. Each dash becomes a space, so every offset stays.
 */
export function plainColonDashes(text: string): string {
  return text.replace(
    /:([-–—]+)(?=[ \t]*(?:\r?\n|$))/gu,
    (_, dashes: string) => `:${' '.repeat(dashes.length)}`,
  )
}
