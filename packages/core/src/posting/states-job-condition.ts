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
// A share of working time the candidate takes in turn: being on call ("on-call nights", "sobreaviso", "guardias"), or
// a working time that comes round in a rotation ("one weekend in six", "a one-in-four rota", "sábados alternados",
// "uno de cada tres fines de semana", "every other Sunday"). A rotation's count alone ("one in four customers") is a
// figure, so it needs a working time beside it; so does being on call, which a business also says of itself ("our
// engineers are on call 24/7"). "Guardia" alone is also a guard, the job itself.
const ON_CALL = /\b(?:on[- ]call|call[- ]outs?)\b/u
const ON_DUTY_ROTA = /\b(?:sobreaviso|de guardia|guardias (?:nocturnas|medicas|de fin de semana))\b/u
const WORKING_TIME =
  '(?:weekends?|rotations?|weekend days?|saturdays?|sundays?|nights?|evenings?|shifts?|roster|fins? de semana|sabados?|domingos?|noites?|plant(?:ao|oes)|turnos?|escalas?|fines? de semana|noches?|feriados|festivos)'
const COUNT =
  '(?:two|three|four|five|six|seven|eight|\\d|dois|duas|tres|quatro|cinco|seis|cuatro|siete|sete|oito|ocho)'
// "one in four", "one weekend in six", "um a cada três", "uno de cada tres": one turn out of so many.
const ONE_IN = new RegExp(
  `\\b(?:one|1|um|uma|un|uno|una)\\s(?:\\p{L}+\\s){0,3}?(?:in|of|out of|a cada|de cada)\\s${COUNT}\\b`,
  'u',
)
const TAKEN_IN_TURN = new RegExp(
  `\\b(?:alternate|alternating|every other|every second|rotating)\\s${WORKING_TIME}\\b|\\b${WORKING_TIME}\\s(?:alternad[oa]s|altern[oa]s|rotativ[oa]s|por medio|sim,? (?:outr[oa] )?nao)\\b`,
  'u',
)
const WORKING_TIME_WORD = new RegExp(`\\b${WORKING_TIME}\\b`, 'u')

function statesRotation(folded: string): boolean {
  const spaced = folded.replace(/-/g, ' ')
  return (
    TAKEN_IN_TURN.test(spaced) ||
    ON_DUTY_ROTA.test(folded) ||
    ((ONE_IN.test(spaced) || ON_CALL.test(folded)) && WORKING_TIME_WORD.test(spaced.replace(ON_CALL, ' ')))
  )
}
// A line labelled with its working time ("Schedule: 5 days a week…", "Horário: …", "Jornada: …") states when the job is
// done, which the candidate confirms, whatever it goes on to say.
const SCHEDULE_LABEL =
  /^\W*(?:schedule|working hours|hours of work|shifts?|shift pattern|rota|horarios?|horario de trabajo|horario laboral|jornada(?: de trabalho| laboral)?|escala(?: de trabalho)?|turnos?)\s*:\s*\S/u
// A licence to drive named by its class ("a valid G licence", "B+E", "Licencia B1", "carnet C1", "CNH categoria AB",
// "Class 5 licence"): the class letters are the driving authority's, and no other licence is named by them. Read on
// the line as written, since an article ("a licence", "A licence to practise") is no class.
const LICENCE_CLASS =
  /\b(?:(?:[B-EGM][1-9]?|A[1-9]|A[B-E]|[A-E]1?\+E|(?:[Cc]lass|[Cc]ategory) [A-Z0-9]{1,2})\s+(?:(?:full|driv\w+|motorcycle)\s+)?licen[cs]e\b|(?:[Ll]icen(?:cia|[cs]e|ça)|[Cc]arn[eé]t?|[Pp]ermiso|CNH)\s+(?:(?:de (?:conducir|manejo|conducción)|tipo|clase|categor[ií]a|class|category)\s+)?(?:[A-E][1-9]?|A[B-E]|[A-E]1?\+E|[A-E]-\d)\b|\b[A-E]1?\+E\b)/u
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
    LICENCE_CLASS.test(sentence) ||
    statesRotation(folded) ||
    SCHEDULE_LABEL.test(folded) ||
    AVAILABLE_AT.test(folded) ||
    ON_THE_CANDIDATE.some((condition) => condition.test(folded)) ||
    asksAboutBodyOrWorkplace(sentence) ||
    statesAge(sentence)
  )
}

/**
 * True when the condition is what a sentence told as the work is about: its first clause states it ("You'll be
 * lifting sheet goods up to 50 lb, so…"). One named among the duties ("You'll run the servers, improve the pipeline and
 * join the on-call rotation") is part of the work the sentence describes.
 */
export function leadsWithJobCondition(sentence: string): boolean {
  const first = sentence.split(/[,;:]\s|\s(?:and|e|y)\s/u)[0] ?? sentence
  return statesJobCondition(first)
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
