import { asksAboutBodyOrWorkplace } from './classify-requirement'
import { normalizeText } from './normalize-text'
import { opensWithAvailability, statesJobCondition, statesSchedule } from './states-job-condition'

// Going somewhere for the work, or a working time taken in turn or beyond the usual: travel, shifts, on-call, overtime,
// weekends, a roster ("travel up to 2 nights a month", "viajar a obras", "guardia pasiva", "plantões", "horas extra").
// A line that puts the thing as the candidate's ability or readiness ("Ability to travel", "Disponibilidade para
// viajar", "Capacidad de viajar").
const ABILITY_OR_READINESS =
  /^\W*(?:(?:the |an? )?(?:ability|able|willing\w*|ready|readiness|availab\w*|capacidade|capacidad|capaz|disponib\w*|disposicao|disposicion|predisposicion)\b)/u

const WORKING_TIME_OR_TRAVEL =
  /\b(?:travel\w*|viajar|viajes?|viagens?|shifts?|roster\w*|rota|on[- ]call|overtime|weekends?|public holidays|turnos?|guardias?|plant(?:ao|oes)|sobreaviso|horas? extras?|fins? de semana|fines? de semana|feriados|festivos)\b/u

// Where the candidate lives, a licence or a permit they hold, their age: things a candidate brings, which a posting may
// well list among the extras ("Living near the depot", "CNH B"). Those stay with the list they stand in.
const BROUGHT_BY_CANDIDATE =
  /\b(?:residir|resida|reside|morar|more|vivir|viva|live|living|licen[cs]e|licencia|carnet|cnh|carteira|permit|permiso|visa|age|idade|edad|years old|anos de idade)\b/u

/**
 * True when a line states a term of the work itself: its hours or days, a rotation or on-call, travel, the body's
 * effort, the surroundings it is done in. The employer sets these for everyone who takes the job, so they are never
 * one candidate's extra: a line of them under a list of extras (a "Physical demands" or "Schedule" block the paste ran
 * into it) is asked, unless it says of itself that it is optional.
 */
export function setsWorkingTerms(line: string): boolean {
  const folded = normalizeText(line).replace(/\s+/g, ' ')
  if (BROUGHT_BY_CANDIDATE.test(folded)) return false
  return (
    statesSchedule(line) ||
    asksAboutBodyOrWorkplace(line) ||
    opensWithAvailability(line) ||
    (WORKING_TIME_OR_TRAVEL.test(folded) && !ABILITY_OR_READINESS.test(folded) && statesJobCondition(line)) ||
    // Travel stated as the job's ("travel up to 2 nights a month", "viajar a obras hasta 5 días"); an ability or a
    // readiness to travel ("Ability to travel up to 30%") is the candidate's, which a list of extras may well prefer.
    (!ABILITY_OR_READINESS.test(folded) &&
      /\b(?:travel\w*|viajar|viajes?|viagens?)\b[^.;]{0,30}\b(?:up to|hasta|ate|\d+)\b/u.test(folded)) ||
    /\b(?:guardias?|plant(?:ao|oes)|sobreaviso|on[- ]call)\b/u.test(folded)
  )
}
