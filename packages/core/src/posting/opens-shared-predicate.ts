import { normalizeText } from './normalize-text'

// Verbs of having, knowing, handling and being in their base or subjunctive form: a clause that opens with one after
// "and" ("…, and hold a forklift card", "…, e ter prática em X", "… y contar con Y", "… y manejar Z") has no subject of
// its own, so the sentence's frame ("It's key to …", "É importante …", "Debe …") governs it too.
const SHARED_PREDICATE =
  /^(?:also |tambem |tambien |ademas )?(?:have|has|hold|holds|know|knows|understand|understands|speak|speaks|possess|bring|can|is|ter|tenha|possuir|possua|saber|saiba|conhecer|conheca|dominar|domine|falar|fale|contar com|tener|tenga|tengas|poseer|posea|saber|sepa|conocer|conozca|dominar|domine|manejar|maneje|hablar|hable|contar con|cuente con)\s/u

/** True when a clause cut from a sentence opens with a bare verb of having or knowing, which the sentence's frame governs. */
export function opensSharedPredicate(clause: string): boolean {
  const folded = normalizeText(clause).trim()
  // "saber elaborar", cut from "saber elaborar e conduzir X": a verb with no object of its own shares one elsewhere.
  return SHARED_PREDICATE.test(folded) && folded.split(/\s+/u).length >= 3
}
