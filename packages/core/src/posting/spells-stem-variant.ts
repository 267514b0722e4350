const VOWEL = /^[aeiouy]$/u

/**
 * True when two words differ by one slip of spelling: a vowel added, dropped or changed ("cualific" / "calific",
 * "benifit" / "benefit", "requist" / "requisit"), a letter doubled or undoubled, or two neighbours swapped. A consonant
 * changed or added makes another word ("benedict", "locking", "calcific"), so it does not count.
 */
function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1
    endB -= 1
  }
  const restA = a.slice(start, endA)
  const restB = b.slice(start, endB)
  if (restA.length === 2 && restB.length === 2) return restA[0] === restB[1] && restA[1] === restB[0]
  if (restA.length > 1 || restB.length > 1) return false
  if (restA.length === 1 && restB.length === 1) return VOWEL.test(restA) && VOWEL.test(restB)
  // One letter more on one side: a vowel, or the letter beside it said twice.
  const [longer, extra] = restA.length === 1 ? [a, start] : [b, start]
  const letter = longer[extra] ?? ''
  return VOWEL.test(letter) || longer[extra - 1] === letter || longer[extra + 1] === letter
}

// Shorter stems are too close to other words for a letter of slack ("expect" / "expert", "option" / "opcion").
const MIN_STEM = 7

/**
 * True when a word opens with a spelling of a long stem one letter away ("cualificaciones" for "calific", "benifits"
 * for "benefit", "requistos" for "requisit"): the regional spellings and slips a heading word is written with. The
 * first and last letters of the stem must stand as they are, since a word family branches at the stem's end
 * ("obrigações" is not "obrigat…") and a different first letter makes another word.
 */
export function spellsStemVariant(word: string, stem: string): boolean {
  if (stem.length < MIN_STEM || word[0] !== stem[0]) return false
  for (const length of [stem.length - 1, stem.length, stem.length + 1]) {
    if (word.length < length) continue
    const opening = word.slice(0, length)
    if (opening.at(-1) !== stem.at(-1)) continue
    if (withinOneSlip(opening.slice(1, -1), stem.slice(1, -1))) return true
  }
  return false
}
