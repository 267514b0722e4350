// What a stop is followed by when it does not end the sentence's matter: an aside in brackets that closes the line or
// its own sentence ("… Monday to Friday. (weekends off, transport home provided).", "… de lunes a viernes. (sábados
// libres)"). The aside glosses the sentence before it; cut off, it would be read as an ask of its own.
const ASIDE_ALONE = /^\([^()]*\)(?:[.!?]?\s*$|[.!?]\s)/u

/** True when the text after a stop is only a bracketed aside, up to the line's end or the next stop. */
export function opensOnlyAside(after: string): boolean {
  return ASIDE_ALONE.test(after)
}
