import { normalizeText } from './normalize-text'
import { scoreHeadingWords } from './score-cue-words'

// "About", "Sobre", "Acerca de", "Conheça a", "Conoce a", "Meet" opening a heading, then an optional article.
const ABOUT =
  /^(?:about|sobre|acerca de|a proposito de|conheca|conoce|conozca|meet)\s+(?:(?:the|a|o|os|as|la|el|los|las|al|ao|à)\s+)?(.+)$/u
// Words that name the vacancy, the reader or the work, capitalised as heading words often are ("About The Role",
// "Sobre a Vaga", "Acerca del Puesto"): what they head is the job, not the employer.
const OF_THE_JOB =
  /^(?:role|job|position|post|opportunity|vacancy|opening|you|yourself|this|work|team|vaga|oportunidade|cargo|funcao|posicao|voce|trabalho|puesto|oportunidad|vacante|posicion|empleo|trabajo|ti|usted|del|nosotros|nos|us)$/u
// A proper name: every word capitalised (or an acronym, or a joining word inside it), one to five of them.
const PROPER_NAME =
  /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|de|do|da|dos|das|del|of|and|e|y))*$/u

/**
 * True when a heading is "About" and a proper name ("About Brightwater Foods", "Sobre a Metalúrgica Ipê", "Acerca de
 * Grupo Lumen"): the employer naming itself heads what it says of itself, however its lines read (its years, its
 * staff and its plants are no asks of the candidate).
 */
export function namesEmployerInAbout(heading: string): boolean {
  const trimmed = heading.trim().replace(/[:.]$/u, '')
  const about = ABOUT.exec(normalizeText(trimmed))
  if (!about) return false
  // The name as written, with its capitals: the part of the heading the folded match left after the opener.
  const name = trimmed.slice(trimmed.length - (about[1] ?? '').length).trim()
  const words = name.split(/\s+/u)
  if (words.length > 5 || !PROPER_NAME.test(name)) return false
  if (words.some((word) => OF_THE_JOB.test(normalizeText(word)))) return false
  // A name made of section words ("About Benefits", "Sobre Requisitos") names that section.
  return scoreHeadingWords(name, true) === null
}
