import { statesNiceToHave, withoutNiceCues } from './score-cue-words'

// What a cue clause may say besides being optional: function words, the hiring it speaks of ("sai na frente *na
// seleção*", "gives you an edge *in the process*", "tendrás ventaja *sobre otros candidatos*"), and a concession
// between two cues.
const BESIDE_CUE = new Set(
  (
    'a an the in on at of over among for to your you our this that it na no nas nos em de do da dos das o os as ' +
    'en el la los las del al sobre entre para su sus tu tus nuestra nuestro nossa nosso y e and also tambem tambien ' +
    'selection selecao seleccion process processo proceso hiring contratacao contratacion others other outros otros ' +
    'demais demas candidates candidatos candidatas applicants postulantes race lo le it muy very much muito mucho te ' +
    // The concession that joins two cues ("desirable but not essential", "deseable pero no indispensable").
    'but pero mas porem though yet aunque embora'
  ).split(' '),
)

/**
 * True when a clause says only that something is optional ("sai na frente na seleção", "and you'll have an edge"):
 * the cue of a sentence whose asks stand in its other clauses, not an ask of its own.
 */
export function statesOnlyNiceCue(clause: string): boolean {
  if (!statesNiceToHave(clause)) return false
  const rest = withoutNiceCues(clause).match(/\p{L}+/gu) ?? []
  return rest.every((word) => BESIDE_CUE.has(word))
}

/**
 * The clause without the cue that closes it ("Quem operar a dobradeira sai na frente" → "Quem operar a dobradeira"):
 * the cue says how the ask counts, so it is no part of what is asked. The clause whole when no cue closes it.
 */
export function withoutClosingNiceCue(clause: string): string {
  const starts = [...clause.matchAll(/(?<=^|[\s,;])\p{L}/gu)].map((found) => found.index)
  // The longest closing run of words that only states the cue, leaving some words of the ask before it.
  for (const start of starts.slice(1)) {
    if (!statesOnlyNiceCue(clause.slice(start))) continue
    const ask = clause.slice(0, start).replace(/[\s,;:]+$/u, '')
    if (/\p{L}/u.test(ask)) return ask
  }
  return clause
}
