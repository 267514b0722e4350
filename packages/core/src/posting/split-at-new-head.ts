import { normalizeText } from './normalize-text'

// A noun that heads an ask of its own, then what it is of or in: "knowledge of", "experiencia manejando",
// "conhecimento das". After "and" / "y" / "e" it opens a second ask, not a second object of the first one.
const NEW_HEAD =
  /^(?:(?:some|good|solid|basic|strong|proven|prior|previous|relevant|practical|hands-on|demonstrable|buen[oa]?|solid[oa]|bo[am]|basic[oa])\s+)?(?:knowledge|experience|understanding|familiarity|expertise|experiencia|experiencia|conocimientos?|conhecimentos?|dominio|manejo|manuseio|nociones|nocoes|vivencia)\s+(?:(?:minima|minimo|comprovada|comprovado|comprobable|demonstravel|demostrable|previa|previo|proven|prior|previous|practical|pratica|practica|hands-on)\s+)?(?:of|in|with|on|using|de|del|do|da|dos|das|em|en|con|com|sobre|\p{L}+(?:ando|iendo|endo|indo|ing))\b/u

// The same preposition again after the conjunction ("certificados de A y de B", "in A and in B"): the head before the
// first one is shared, and each object is an ask. So with a condition again ("se valora si A y si B", "if A and if B").
const REPEATED_PREPOSITION = /^(?:de|do|da|del|em|en|of|in|si|if)\b/u

/**
 * Cuts a line at the one "and" / "y" / "e" whose right side opens an ask of its own: a new head noun with its
 * complement ("Handling cleaning chemicals and knowledge of their data sheets", "Licencia B y experiencia manejando
 * camionetas") or the preposition of the left side again ("Certificados de X y de Y"). The left side must hold a
 * complement of its own, so "Strong knowledge and experience in X" (one head shared) stays whole.
 */
export function splitAtNewHead(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; coordinated?: true }> {
  const whole = [{ start, end }]
  const line = text.slice(start, end)
  const folded = normalizeText(line)
  if (/[;:]/u.test(line)) return whole
  const joins = [...line.matchAll(/\s(?:and|e|y)\s/giu)]
  if (joins.length !== 1) return whole
  const join = joins[0] as RegExpMatchArray & { index: number }
  // Alternatives around the joint make one choice of the line ("A or B and C"); alternatives a comma closes before it
  // ("Técnico em A ou em B, com registro ativo, e experiência…") are a choice inside the first ask only.
  const lastComma = line.lastIndexOf(',', join.index)
  if (/\s(?:or|ou|o|u)\s/u.test(folded.slice(lastComma + 1).replace(/\([^()]*\)/gu, ' '))) return whole
  const left = normalizeText(line.slice(0, join.index)).trim()
  const right = normalizeText(line.slice(join.index + join[0].length))
  // The left side names something of its own: a head and a complement, not a lone adjective or noun.
  const leftWords = left.split(/\s+/)
  if (leftWords.length < 3 || (left.match(/\(/gu) ?? []).length > (left.match(/\)/gu) ?? []).length)
    return whole
  const opensHead = NEW_HEAD.test(right)
  const preposition = REPEATED_PREPOSITION.exec(right)?.[0]
  // Under a head of knowing ("Conocimiento de la X y de la Y") the list reader already names each object.
  // A short head with its object, not a clause ("donde se encargará del X y del Y" is the job's work), and nouns
  // after the preposition, not a verb ("capaz de A y de velar por B" shares its frame).
  const repeats =
    preposition !== undefined &&
    !NEW_HEAD.test(left) &&
    leftWords.length <= 8 &&
    !left.includes(',') &&
    !/^\S+\s+(?:\p{L}+(?:ar|er|ir)|to)\b/u.test(right) &&
    leftWords.slice(1).includes(preposition) &&
    right.split(/\s+/).length >= 2
  if (!opensHead && !repeats) return whole
  // The comma that closed the first ask's own alternatives ends it; it is no word of it.
  const leftEnd = join.index - (/,\s*$/u.exec(line.slice(0, join.index))?.[0].length ?? 0)
  return [
    { start, end: start + leftEnd, coordinated: true },
    { start: start + join.index + join[0].length, end, coordinated: true },
  ]
}
