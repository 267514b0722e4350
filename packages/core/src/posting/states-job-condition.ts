import { asksAboutBodyOrWorkplace } from './classify-requirement'
import { normalizeText } from './normalize-text'
import { statesAge } from './read-min-years'

const WEEKDAY =
  '(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|segunda(?:-feira)?|terca(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|sabados?|domingos?|lunes|martes|miercoles|jueves|viernes)'
// Days of the week as a span or a pair: "Sunday to Thursday", "de segunda a sexta", "martes y jueves".
const WEEKDAY_SPAN = new RegExp(
  `\\b${WEEKDAY}\\s*(?:to|through|thru|-|–|a|al|ate|hasta|and|e|y)\\s*${WEEKDAY}\\b`,
  'u',
)
// Clock times as a span: "6:00 am to 2:30 pm", "das 8h às 17h", "de 20:00 a 8:00", "3-11:30 p.m.".
const CLOCK_SPAN =
  /\b\d{1,2}(?:[:h]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?|h)?\s*(?:to|-|–|a|as|ate|hasta)\s*\d{1,2}(?:[:h]\d{2}|\s?(?:a\.?m\.?|p\.?m\.?|h)(?![\p{L}]))/u
// A place of work with how often the candidate is there: "on-site three days a week", "2 dias por semana no
// escritório", "oficina en Palermo martes y jueves".
const WORK_MODE =
  /\b(?:on[- ]?site|in[- ]office|in the office|hybrid|hibrid[oa]|presencial(?:mente)?|escritorio|oficina|office)\b/u
const HOW_OFTEN =
  /\b(?:\d+|one|two|three|four|five|six|um|uma|dois|duas|tres|quatro|cinco|seis|un|una|dos|cuatro)\s?(?:days?|dias|veces|vezes|x|weeks?|semanas?)\s(?:a|per|por|each|every|na|a la|al|cada)\s(?:week|month|quarter|semana|mes|trimestre)\b/u
const DRIVING_LICENCE =
  /\b(?:driver'?s licen[cs]e|driving licen[cs]e|cnh|carteira de (?:motorista|habilitacao)|licencia de (?:conducir|conduccion|manejo)|carnet de conducir)\b/u
// Availability for a working time: "availability for weekend events", "disponibilidade para plantões noturnos".
const AVAILABLE_AT = new RegExp(
  `\\b(?:availab\\w*|disponib\\w*|willing\\w*)\\b[^.;]{0,60}?\\b(?:${WEEKDAY}|weekends?|nights?|evenings?|holidays|shifts|overtime|fins de semana|feriados|noites|plant(?:ao|oes)|turnos?|horas extras|fines de semana|festivos|noches|madrugadas|tiempo extra)\\b`,
  'u',
)
// Conditions on the candidate that no employer offers as a perk: where they live, not smoking, a permit to work, a
// check passed, and a shift pattern ("12x36", "plantões", "rotating shifts", "turno noche").
const ON_THE_CANDIDATE: readonly RegExp[] = [
  // "Residir em", "vivir en", "(must) live within": the candidate's home, not the people the job serves ("who live in").
  /\b(?:residir|morar|vivir|resida|more|viva|(?:must|should|to|you|will) live) (?:em|en|no|na|in|within|near|close to|cerca|a menos)\b/u,
  /\b(?:nao fumante|no fumador[a]?|non-?smok\w*|que no fume|que nao fume)\b/u,
  /\b(?:right to work|work(?:ing)? authori[sz]ation|authori[sz]ed to work|(?:permission|eligib\w*|entitled|permitted) to work|work permit|permiso de trabajo|autorizacao de trabalho)\b/u,
  /\b(?:background|criminal|credit|dbs) (?:checks?|screening)\b|\bdrug (?:tests?|screens?|screening)\b|\bantecedentes\b/u,
  /\b(?:escalas?|plant(?:ao|oes)|turnos?|shifts?|jornada|regimen|regime)\b[^.;]{0,20}?\b\d{1,2} ?x ?\d{1,2}\b|\b\d{1,2} ?x ?\d{1,2} (?:diurn|noturn|nocturn|shifts?|turnos?)|\bplant(?:ao|oes)\b|\b(?:rotating|night|overnight) shifts?\b|\bturnos? (?:rotativos?|de noche|noche|noturnos?|da noite)\b|\bescala \d/u,
]
// What the employer does rather than asks: how to apply or be interviewed, what it pays or offers, when it opens.
const NOT_ASKED =
  /\b(?:apply|applications?|walk in|interviews?|entrevistas?|postula\w*|candidatura|send|envie|envia|call us|text us|pay|paid|salary|salario|sueldo|remuneracao|remuneracion|bonus|benefits?|beneficios?|vacation|ferias|vacaciones|insurance|allowance|discount|reimburs\w*|gym\w*|auxilio|academia|plano (?:de saude|odontologico)|seguro (?:de vida|medico|de salud)|vale[- ](?:transporte|refeicao|alimentacao)|desconto|descuento|reembolso|dependentes|dependents|open|opens|abre|abrimos|abiert[oa]s?|abert[oa]s?|funciona|funcionamos|atendemos)\b|[$€£]/u
// Days off named as such ("Sábados e domingos livres", "weekends off") are time the job leaves free.
const DAYS_OFF = new RegExp(
  `\\b(?:${WEEKDAY}|weekends?|fins de semana|fines de semana)\\s(?:off|livres?|libres?)\\b`,
  'u',
)
// A home office is the candidate's own place, not a place of work the employer sets.
const HOME_OFFICE = /\bhome[- ]office\b/gu

/**
 * True when a sentence states a condition of the job the candidate must meet: a schedule (a span of weekdays or of
 * clock times), a place of work with how often ("on-site three days a week"), availability for a working time, a
 * licence to drive, or a condition no employer offers as a perk (where to live, a permit, a check, a shift pattern,
 * the body's effort, age). Read by structure, not by topic, so a sentence in prose or under a heading of terms is kept as an
 * ask; a sentence about applying, interviews, pay, benefits, days off or the business's opening hours is the
 * employer's, whatever days or times it names.
 */
export function statesJobCondition(sentence: string): boolean {
  const folded = normalizeText(sentence).replace(/\s+/g, ' ').replace(HOME_OFFICE, 'home')
  if (NOT_ASKED.test(folded) || DAYS_OFF.test(folded)) return false
  return (
    WEEKDAY_SPAN.test(folded) ||
    CLOCK_SPAN.test(folded) ||
    (WORK_MODE.test(folded) &&
      (HOW_OFTEN.test(folded) || new RegExp(`\\b${WEEKDAY}\\b`, 'u').test(folded))) ||
    DRIVING_LICENCE.test(folded) ||
    AVAILABLE_AT.test(folded) ||
    ON_THE_CANDIDATE.some((condition) => condition.test(folded)) ||
    asksAboutBodyOrWorkplace(sentence) ||
    statesAge(sentence)
  )
}

/** True when a line opens by asking availability for a working time ("Disponibilidad para cubrir ferias y sábados"). */
export function opensWithAvailability(line: string): boolean {
  const folded = normalizeText(line).trim()
  return /^(?:availab|disponib|willing)/u.test(folded) && AVAILABLE_AT.test(folded)
}

/** True when a sentence states working days or hours: a span of weekdays or of clock times, asked or not. */
export function statesSchedule(sentence: string): boolean {
  const folded = normalizeText(sentence).replace(/\s+/g, ' ')
  return WEEKDAY_SPAN.test(folded) || CLOCK_SPAN.test(folded)
}

// Permission to work where the job is, and the employer's sponsoring of it.
const WORK_PERMIT =
  /\b(?:right to work|work(?:ing)? authori[sz]ation|authori[sz]ed to work|(?:permission|eligib\w*|entitled|permitted) to work|work permit|permiso de trabajo|autorizacao de trabalho|sponsor\w*)\b/u

/**
 * True when a word the taxonomy knows ("visas") is said of the candidate's permission to work ("Right to work in the
 * UK; we cannot sponsor visas"): the sentence states a condition, not a field of law to know.
 */
export function namesWorkPermit(sentence: string, surface: string): boolean {
  return (
    WORK_PERMIT.test(normalizeText(sentence)) &&
    /^(?:visas?|vistos?|work permits?)$/u.test(normalizeText(surface).trim())
  )
}
