import { normalizeText } from './normalize-text'
import { isQualificationLike } from './posting-cues'

// A recruiter passing a posting on adds what the hiring itself involves: the steps it runs through, how many seats it
// fills, when the employer wants the hire in place. That is the search's own business, not what the candidate must
// bring. Each is read by what the sentence does, in EN, PT and ES.

// An arrow joining one step to the next ("→", "->", "=>", "➔", "»").
const ARROW = /\s*(?:→|->|=>|⇒|➔|➜|➡️?|»|>{1,2}(?=\s))\s*/u
// A step of the hiring: a meeting of some kind, an assessment, an offer.
const HIRING_STEP =
  /\b(?:calls?|chats?|interviews?|meetings?|meet|tour|visit|tests?|assessments?|case|task|challenge|offer|references?|screening|panel|onsite|llamada|charla|entrevistas?|reunion|reuniao|conversa|visita|prueba|pruebas|teste|provas?|desafio|dinamica|oferta|proposta|referencias|triagem|videollamada|videochamada)\b/u
// A step told by how long it takes ("30-min", "1 hour", "45 minutos").
const DURATION = /\b\d+\s*-?\s*(?:min|mins|minutes?|minutos?|h|hr|hrs|hours?|horas?)\b/u

/**
 * "Intro call (20 min) → take-home → panel with the team → offer", "Triagem → entrevista com o gestor → proposta":
 * three or more steps joined by arrows, most of them a meeting, a test or an offer, or timed: the hiring's steps.
 */
function sequencesHiringSteps(folded: string): boolean {
  const steps = folded.split(ARROW).filter((step) => /\p{L}/u.test(step))
  if (steps.length < 3) return false
  const hiring = steps.filter((step) => HIRING_STEP.test(step) || DURATION.test(step)).length
  return hiring * 2 >= steps.length + 1
}

// A count of seats ("two", "3", "dos", "duas", "several").
const COUNT =
  '(?:\\d+|an?|one|two|three|four|five|several|a few|multiple|un[ao]?|dos|tres|cuatro|cinco|vari[oa]s|um|uma|dois|duas|quatro|algun[oa]s|algumas|alguns)'
// A seat to be filled ("positions", "seats", "openings", "cupos", "plazas", "vagas", "posições").
const SEAT =
  '(?:positions?|roles?|seats?|openings?|vacanc(?:y|ies)|posts?|spots?|slots?|headcount|cupos?|plazas?|puestos?|vacantes?|vagas?|posic\\p{L}*|lugares)'
// A verb of filling the seats ("fill", "cover", "cubrir", "preencher", "ocupar").
const FILLS = new RegExp(
  `\\b(?:fill\\p{L}*|cover\\p{L}*|staff\\p{L}*|cubrir|cubrimos|completar|preencher|ocupar|suprir)\\s+(?:(?:the|los|las|os|as|our|nuestr[oa]s|noss[oa]s)\\s+)?${COUNT}\\s+(?:new\\s+|nuev[oa]s\\s+|nov[oa]s\\s+)?${SEAT}\\b`,
  'u',
)

// The team grown by one more person ("we need to strengthen the support team with one more agent", "precisamos
// reforçar a equipe com mais uma pessoa", "queremos ampliar el equipo con otro técnico"): the search announced.
const GROWS_TEAM =
  /\b(?:reinforc\p{L}*|strengthen\p{L}*|grow\p{L}*|expand\p{L}*|bolster\p{L}*|refor[cz]\p{L}*|ampli\p{L}*|aumentar|crecer|crescer)\s+(?:[^\s.;]+\s+){0,3}?(?:team|teams|time|equipe|equipa|equipo|squad|crew|cuadrilla|plantel|staff)\b[^.;]{0,60}?\b(?:with|com|con)\s+(?:one more|another|an? (?:new|extra|additional)|mais (?:um|uma|dois|duas|tres)|otr[oa]s?|un[ao]? (?:nuev[oa]|mas)|\d+ (?:more|mais|mas|new|nov[oa]s|nuev[oa]s))\b/u

// A wish for when the hire is in place, told of someone rather than asked of the reader ("They'd like someone in seat
// by March", "Queremos a alguien incorporado antes de enero", "Gostariam de alguém começando até o dia 10").
const SOMEONE =
  /\b(?:someone|somebody|a hire|the hire|alguien|alguem|la persona|a pessoa|el candidato|o candidato)\b/u
const IN_PLACE =
  /\b(?:in seat|in place|in post|on ?board(?:ed)?|start(?:ing|ed)?|to start|begin(?:ning)?|join(?:ing)?|incorporad[oa]|incorpor\p{L}*|comec\p{L}*|empez\p{L}*|inici\p{L}*|trabajando|trabalhando)\b[^.;]{0,25}\b(?:by|before|no later than|within|antes|ate|hasta|para (?:el|o|a|la)|en|em)\b/u
// A wish of the employer's or the client's: "would like", "want", "hope", "quieren", "gostariam", "esperan".
const WISHES =
  /\b(?:(?:would|'d) (?:like|love|prefer)|wants?|hopes?|hoping|aim|aiming|gostari\p{L}*|querem|quiere[ns]?|queremos|quisieramos|esperan?|esperamos|buscan tener|precisam de|necesitan|necesitamos|precisamos)\b/u

/**
 * True when a sentence tells the search's own context rather than asking: the steps of the hiring joined by arrows,
 * how many seats it fills or by how many people the team grows, or when the employer wants the hire in place. "Must be able to start by 5 January" asks
 * the candidate, and stays.
 */
export function tellsRecruiterContext(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/gu, ' ')
  if (sequencesHiringSteps(folded)) return true
  if (/\b(?:you|voce|tu|usted|must|able|capaz|disponib\p{L}*|availab\p{L}*)\b/u.test(folded)) return false
  if (isQualificationLike(sentence)) return false
  return (
    FILLS.test(folded) ||
    GROWS_TEAM.test(folded) ||
    (WISHES.test(folded) && SOMEONE.test(folded) && IN_PLACE.test(folded))
  )
}
