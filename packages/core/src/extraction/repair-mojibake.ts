// Mojibake is UTF-8 bytes read as Windows-1252 (or Latin-1): "–" (E2 80 93) shows as "â€“", "é" as "Ã©", a
// full-width "，" (EF BC 8C) as "ï¼" plus a C1 control. The npm fixers we looked at (fix-utf8, fix-latin1-to-utf8)
// replace a fixed table of two- and three-character sequences: they miss every character outside Latin-1 (full-width
// punctuation, bullets, CJK) and the Latin-1 reading that keeps C1 controls. Reversing the decoding itself covers all
// of them: map each suspicious run back to the bytes it was read from and keep the result only when those bytes are
// valid UTF-8.

// Windows-1252 gives 27 of the bytes 0x80–0x9F printable characters; the other five, and a Latin-1 reading, leave
// the C1 control of the same value.
const cp1252Specials = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const byteOfSpecial = new Map<string, number>(
  [...cp1252Specials].map((character, index) => [character, 0x80 + index]),
)

function byteOf(character: string): number | null {
  const special = byteOfSpecial.get(character)
  if (special !== undefined) return special
  const code = character.charCodeAt(0)
  return code >= 0x80 && code <= 0xff ? code : null
}

const continuation = `[\\u0080-\\u00BF${cp1252Specials.replace(/[\u0080-\u009F]/g, '')}]`
// A UTF-8 lead byte read as a character (Â–ß two bytes, à–ï three, ð–ô four) and the continuation bytes after it.
const suspiciousRun = new RegExp(
  `[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{1,2}|[\\u00F0-\\u00F4]${continuation}{1,3}`,
  'gu',
)
// "Â" before a space or punctuation is the first half of a no-break space or symbol whose second half a previous
// step already changed; in real words "Â" starts a syllable ("Ângela").
const strayCapitalACircumflex = /Â(?=[\s\p{P}\p{S}]|$)/gu

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

function decodeRun(run: string): string | null {
  const bytes: number[] = []
  for (const character of run) {
    const byte = byteOf(character)
    if (byte === null) return null
    bytes.push(byte)
  }
  try {
    return strictUtf8.decode(new Uint8Array(bytes))
  } catch {
    return null
  }
}

/** How many sequences in a text read like UTF-8 bytes decoded as Windows-1252. */
export function countMojibake(text: string): number {
  let count = 0
  for (const match of text.matchAll(suspiciousRun)) {
    if (decodeRun(match[0]) !== null || isTruncatedToken(text, match[0], match.index)) count += 1
  }
  return count + (text.match(strayCapitalACircumflex)?.length ?? 0)
}

function expectedLength(lead: string): number {
  const code = lead.charCodeAt(0)
  return code >= 0xf0 ? 4 : code >= 0xe0 ? 3 : 2
}

// "Name ï¼ City": a character whose last byte a PDF font dropped leaves its first bytes standing alone between
// words. Nothing can tell which character it was, so it becomes U+FFFD, as a UTF-8 decoder would make it, rather
// than stay as two letters that look like a word.
function isTruncatedToken(text: string, run: string, offset: number): boolean {
  const before = text[offset - 1]
  const after = text[offset + run.length]
  const standsAlone = (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after))
  return standsAlone && [...run].length < expectedLength(run)
}

function repairOnce(text: string): string {
  // Each run is decoded on its own: a text mixing repaired and correct characters ("São" beside "â€“") keeps both.
  return text
    .replace(suspiciousRun, (run: string, offset: number) => {
      const decoded = decodeRun(run)
      if (decoded !== null) return decoded
      return isTruncatedToken(text, run, offset) ? '\uFFFD' : run
    })
    .replace(strayCapitalACircumflex, '')
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ("â€“" → "–", "Ã©" → "é"), twice over at most
 * (text mis-decoded twice). The repair is kept only when it leaves fewer suspicious sequences, so correct text with
 * é, ç, ã, ñ or – is returned unchanged.
 */
export function repairMojibake(text: string): string {
  let current = text
  let suspicious = countMojibake(current)
  for (let round = 0; round < 2 && suspicious > 0; round++) {
    const repaired = repairOnce(current)
    const remaining = countMojibake(repaired)
    if (repaired === current || remaining >= suspicious) break
    current = repaired
    suspicious = remaining
  }
  return current
}
