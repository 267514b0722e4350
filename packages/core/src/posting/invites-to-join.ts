import { normalizeText } from './normalize-text'

// An order to join the employer: a verb of joining, then the team, the firm or "us" ("Join our kitchen team",
// "Junte-se a nós", "Faça parte do nosso time", "Únete al equipo", "Forma parte de nuestra familia").
const JOIN_THE_EMPLOYER =
  /^(?:(?:come|venha|ven)\s+(?:and\s+|e\s+|y\s+)?)?(?:join|junte-se|juntese|faca parte|venha fazer parte|unete|sumate|forma parte|se parte|be part)\s+(?:of\s+|a\s+|ao\s+|a\s+la\s+|al\s+|do\s+|da\s+|de\s+|del\s+)?(?:(?:our|the|a|an|o|nosso|nossa|el|la|nuestro|nuestra|um|uma|un|una)\s+)?(?:\p{L}+\s+){0,2}?(?:us|nos|team|crew|family|company|firm|group|equipe|time|familia|empresa|grupo|equipo|plantilla|staff)\b/u
// Words of asking: an invitation that says them asks ("Join us if you have 3 years of…").
const ASKS =
  /\b(?:must|required|need|needs|should|experience[ds]?|experiencia|if you (?:have|hold|are)|se (?:voce )?(?:tem|tiver|possui)|si (?:tienes|cuentas))\b/u

/**
 * True when a sentence invites the reader to join the employer ("Join a crew that has fished these waters for
 * decades", "Venha fazer parte do nosso time!", "Únete al equipo de una bodega familiar"): the employer's pitch, which
 * asks nothing of the candidate.
 */
export function invitesToJoin(sentence: string): boolean {
  const folded = normalizeText(sentence.trim()).replace(/^[^\p{L}]+/u, '')
  return JOIN_THE_EMPLOYER.test(folded) && !ASKS.test(folded)
}
