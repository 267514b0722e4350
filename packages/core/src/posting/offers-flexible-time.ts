import { normalizeText } from './normalize-text'

// Working time called flexible as the line's head ("Flexible hours around a core time of 10–15", "Horário flexível",
// "Horario flexible con viernes intensivo", "Flexitime"): the employer lets the reader choose, which gives rather than
// asks.
const FLEXIBLE_TIME =
  /^(?:(?:flexible|flexi|flex)\s+(?:hours|working(?: hours| time| pattern)?|schedules?|start(?: and finish)? times?|shifts|time|rota)|flexitime|flextime|(?:horario|horarios|jornada|jornadas|escala)\s+(?:de trabalho\s+|de trabajo\s+|laboral\s+)?(?:flexivel|flexiveis|flexible|flexibles)|flexibilidade de horario|flexibilidad de horario)\b/u
// A word of the reader's own readiness: "flexible hours" the candidate must accept ("must be flexible with hours")
// asks after all.
const READINESS = /\b(?:must|need|required|willing|able|available|disponib\p{L}*|dispost[oa]|dispuest[oa])\b/u

/**
 * True when a line under a heading of benefits offers flexible working time ("Flexible hours around core time of
 * 11:00–16:00", "Horário flexível entre 7h e 10h", "Horario flexible de entrada"): a perk, whatever clock times it names,
 * not a schedule the candidate must keep.
 */
export function offersFlexibleTime(line: string): boolean {
  const folded = normalizeText(line.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/\s+/gu, ' ')
  return FLEXIBLE_TIME.test(folded) && !READINESS.test(folded)
}
