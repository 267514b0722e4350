import { normalizeText } from './normalize-text'

// A noun of being entered on a roll ("Inscrição", "Inscripción", "Registration", "Enrolment", "Matrícula"), maybe with
// words of its standing, then a preposition and the roll or the body that keeps it: a register, a council, an order,
// a college, a board, or a body named by its acronym. Holding such an entry is a credential; the same nouns followed
// by anything else ("Inscrições até 20/12", "Inscripción a esta oferta") are the board's call to apply.
const ENTRY_NOUN =
  '(?:inscri(?:cao|coes|pcion|pciones)|cadastro|registro|registration|enrol?ment|matricula|colegiacion|filiacao|afiliacion)'
const STANDING =
  '(?:(?:vigente|vigentes|ativa|ativo|activa|activo|valida|valido|valid|current|active|actualizada|atualizada|regular|profissional|profesional|professional|definitiva|provisoria|provisional)\\s+)'
const ENTRY_ON = `^\\W*${ENTRY_NOUN}\\s+${STANDING}{0,2}(?:en|no|na|nos|nas|in|on|with|at|ante|del|de|do|da|junto (?:ao|a la|al|a))\\s+(?:(?:el|la|los|las|o|a|os|as|the|su|seu|sua|your)\\s+)?`
const ROLL = new RegExp(
  `${ENTRY_ON}(?:\\p{L}+\\s+)?(?:registro|registros|register|registry|conselho|consejo|council|board|ordem|orden|colegio|college|camara|padron|cadastro|roll|listado|nomina|associacao|asociacion|association|institute|instituto|federacao|federacion|federation|chamber|society|sociedad|sociedade)\\b`,
  'u',
)
const BEFORE_ACRONYM = new RegExp(`${ENTRY_ON}$`, 'u')

/**
 * True when a line asks for an entry on a professional roll ("Inscripción vigente en el Registro de Guías",
 * "Inscrição ativa no conselho de classe", "Registration with the HCPC"): a credential, not a call to sign up.
 * `byAcronym` also takes a body named by its acronym alone, which a clause cut from a sentence may mention in passing.
 */
export function namesRegistration(line: string, byAcronym = true): boolean {
  const raw = line.trim()
  if (ROLL.test(normalizeText(raw))) return true
  if (!byAcronym) return false
  // A body named by its acronym ("Inscrição ativa no CRECI"), read on the line as written: folding lowers capitals.
  const acronym = /(?<=^|\s)\p{Lu}{2,}[\p{Lu}\d-]*(?=$|[\s),.;])/u.exec(raw)
  return acronym !== null && BEFORE_ACRONYM.test(normalizeText(raw.slice(0, acronym.index)))
}
