import { findTopCommas } from './find-top-commas'
import { normalizeText } from './normalize-text'

// A requirements list pasted as one paragraph ("Requisitos: experiência de 1 ano como X, saber Y, ensino médio
// completo, curso de Z, disponibilidade para W, morar perto de V") keeps its items apart with commas only. Commas also
// part the examples inside one item ("tools such as A, B, C"), so a comma parts two items only where what follows it
// opens an ask by its first word: a verb of having, being or knowing in the infinitive, the noun of a kind of
// qualification, or the one asked described ("quem já trabalhou com…", "anyone who…").

/** Words an ask of a list opens on, in EN, PT and ES, folded (no accents, lower case). */
const ASK_HEAD = new RegExp(
  `^(?:${[
    // Verbs in the infinitive (and the EN bare form) that a list of asks opens its items with.
    'ter|ser|saber|possuir|morar|residir|estar|falar|conhecer|dominar|cumprir|tener|poseer|vivir|hablar|conocer|manejar|contar con',
    'be|have|hold|know|live|speak',
    // Nouns of a kind of qualification.
    'experiencias?|experiences?|vivencia|ensino|educacao|educacion|education|escolaridade|escolaridad|formacao|formacion',
    'graduacao|licenciatura|degree|bachelor\\S*|diploma|cursos?|courses?|certificad[oa]s?|certificacao|certificacion|certificat\\S*',
    'disponibilidade|disponibilidad|availability|conhecimentos?|conocimientos?|knowledge|nocoes|nociones|dominio',
    'cnh|carteira de habilitacao|licencas?|licencias?|licen[cs]es?|ingles|espanhol|espanol|english|spanish',
    // Cards and registrations a trade must hold ("carné de salud", "libreta profesional", "matrícula vigente").
    'carne|carnet|carteira|libreta|matricula|registro|registration|permit',
    // A bound on a tenure, clipped or not ("mín. 2 años", "mínimo 3 anos", "at least 2 years").
    'min|minimo|minima|minimum|at least|al menos|pelo menos|por lo menos',
    // The shifts and hours the job keeps ("guardias nocturnas", "turnos rotativos", "plantões").
    'guardias?|turnos?|plantoes|plantao|shifts?|escalas?',
    // The one asked, described by what they have done or know.
    'quem|quien|quienes|whoever|anyone who|someone who|those who|candidates who',
  ].join('|')})\\b`,
  'u',
)

/**
 * A quality named by its abstract noun ("agilidade", "puntualidad", "flexibility", "organização", "atención"): an item
 * of its own once the run is known for a list of asks by its other items, since such a noun also opens other phrases.
 */
const QUALITY_HEAD = /^\p{L}{3,}(?:idades?|idad(?:es)?|ity|ities|cao|coes|cion(?:es)?|tion|tions|ness)\b/u

/** Fewest items that make a comma run a list of asks: two could be one ask and its elaboration. */
const FEWEST_ITEMS = 3

/**
 * Cuts a labelled or listed line that runs several asks together with commas into one span per ask, cutting only at
 * the commas followed by a word that opens an ask (see ASK_HEAD); a line with fewer than three such items stays
 * whole, as does any line whose cut items would not each open on an ask head (the first one apart).
 */
export function splitAskedRun(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const line = text.slice(start, end)
  // Indexes are of UTF-16 code units: spread characters may be longer, so only lines without astral ones are cut.
  if ([...line].length !== line.length) return [{ start, end }]
  const commas = findTopCommas(line)
  const opening = (comma: number) => normalizeText(line.slice(comma + 1).trimStart())
  const sure = commas.filter((comma) => ASK_HEAD.test(opening(comma)))
  if (sure.length + 1 < FEWEST_ITEMS) return [{ start, end }]
  const cuts = commas.filter((comma) => ASK_HEAD.test(opening(comma)) || QUALITY_HEAD.test(opening(comma)))
  const spans: Array<{ start: number; end: number }> = []
  let from = 0
  for (const at of [...cuts, line.length]) {
    const piece = line.slice(from, at)
    const lead = /^\s*/u.exec(piece)?.[0].length ?? 0
    if (/\p{L}/u.test(piece)) spans.push({ start: start + from + lead, end: start + at })
    from = at + 1
  }
  return spans
}
