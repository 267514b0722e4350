import { runsHiringProcess } from './find-hiring-process-lines'
import { normalizeText } from './normalize-text'

// The reader told not to phone, or to write only ("Não liguem", "Please don't call", "No llamar", "só mensagem",
// "text only", "solo por WhatsApp"): how to reach the employer.
const NO_CALLS =
  /^(?:(?:please|por favor|favor),?\s+)?(?:(?:do not|don't|dont|nao|no|sem|sin)\s+(?:ligu\p{L}*|lig(?:ar|uem|ue)|llam\p{L}*|call\p{L}*|phone\p{L}*|telefon\p{L}*|ligacoes|llamadas)|(?:only|so|somente|apenas|solo|solamente|unicamente)\s+(?:por\s+|pelo\s+|via\s+|by\s+)?(?:text|messages?|mensagem|mensagens|mensajes?|whatsapp|zap|e-?mail|correo|inbox|dm)|(?:text|messages?|whatsapp|e-?mail) only)\b/u
// Interviews named as the clause's subject, with their day, time or place ("Entrevistas dia 19/05 às 8h", "Interviews
// on Tuesday at the depot", "Las entrevistas serán el lunes").
const INTERVIEWS =
  /^(?:(?:the|our|as|os|las|los|nossas|nuestras)\s+)?(?:interviews?|entrevistas?)\s+(?!(?:skills?|experience|experiencia|techniques?|tecnicas?)\b)/u
// Papers to bring, told as an order ("levar RG, CPF e carteira de trabalho", "bring photo ID and your CV", "traer DNI").
const BRING_PAPERS =
  /^(?:(?:please|por favor|favor)\s+)?(?:bring|levar|leve|levem|trazer|traga|tragam|traer|traiga|traigan|trae|presentar|apresentar)\b.*\b(?:id|photo id|passport|resume|cv|curriculo|curriculum|documentos?|documents?|papers|rg|cpf|cnh|carteira de trabalho|ctps|dni|ine|curp|rfc|nie|cedula|pasaporte|passaporte|comprovante\p{L}*|certificados?|copias?|copies|fotocopias?)\b/u
// A street address: a word for a street, then a name or a number ("Av. Blanco Galindo km 4", "Rua das Flores, 120",
// "Calle Mayor 5", "12 High Street").
const ADDRESS =
  /(?:^|[\s:,])(?:av|avda|avenida|avenue|rua|calle|carrera|cra|jiron|alameda|travessa|praca|plaza|rodovia|carretera|estrada|road|street|boulevard|blvd)\.?\s+\p{L}[\p{L}.'-]*(?:\s+[\p{L}\d.'-]+){0,5}?(?:,?\s+(?:n[o°º.]?\s*)?\d+|\s+km\s*\d+)|\b\d+\s+\p{L}+\s+(?:street|road|avenue|lane|st|rd|ave)\b/u
// What may stand beside the address without asking: an office named as where to hand in, days, hours, dates, places.
const OFFICE_WORD =
  /\b(?:office|oficina|escritorio|sede|reception|recepcion|recepcao|front desk|portaria|rh|hr|gestion humana|recursos humanos|human resources)\b/u
const WEEKDAY_OR_HOURS =
  /\b(?:mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|segunda|terca|quarta|quinta|sexta|sabado|domingo|lunes|martes|miercoles|jueves|viernes)\b|\b\d{1,2}(?::\d{2}|h\d{0,2})\b/u
// A deadline: "until" and a date ("hasta el viernes 20 de marzo de 2026", "até 15/12", "until 3 May").
const DEADLINE =
  /\b(?:until|till|by|no later than|before|hasta|ate|antes de|no mas tarde de)\s+(?:(?:el|o|the|dia|day)\s+)?(?:\p{L}+\s+)?\d{1,2}(?:\s+(?:de\s+)?\p{L}+(?:\s+(?:de\s+)?\d{4})?|\/\d{1,2}(?:\/\d{2,4})?)\b/u
// Words of asking: a line that says them is an ask whatever else it names.
const ASKS =
  /\b(?:must|required|need|needs|should|experience[ds]?|experiencia|available|disponib\p{L}*|disponivel|willing|dispuest\p{L}*|disposto|live|living|reside\p{L}*|resid\p{L}*|morar|vivir|own|propio|proprio|licen\p{L}*|obrigatori\p{L}*|imprescindi\p{L}*|indispensa\p{L}*|deve|debe|precisa|necesita)\b/u

/** True when one sentence tells how to apply or be interviewed (see givesApplicationLogistics). */
function tellsLogistics(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s.!?;,]+$/u, '')
    .replace(/\s+/gu, ' ')
  if (folded.length === 0) return true
  if (NO_CALLS.test(folded) || BRING_PAPERS.test(folded)) return true
  if (ASKS.test(folded)) return false
  if (INTERVIEWS.test(folded) || runsHiringProcess(sentence)) return true
  // Where and when to hand the application in: an office's address with its days or hours, or a deadline after hours.
  if (
    ADDRESS.test(folded) &&
    (OFFICE_WORD.test(folded) || WEEKDAY_OR_HOURS.test(folded) || DEADLINE.test(folded))
  )
    return true
  return DEADLINE.test(folded) && /\b\d{4}\b/u.test(folded) && WEEKDAY_OR_HOURS.test(folded)
}

/**
 * True when a line, every sentence of it, tells how to apply or be interviewed: the reader told not to phone or to
 * write only ("Não liguem, só mensagem!!"), interviews with their day and place, papers to bring ("levar RG e CPF"),
 * an office's address with its opening hours ("Oficina central: Av. Mayor 12, de lunes a viernes de 9 a 13"), or a
 * deadline ("…, hasta el viernes 20 de marzo de 2026"). Nothing in it is asked of the candidate.
 */
export function givesApplicationLogistics(line: string): boolean {
  const sentences = line
    // A sentence ends after a word or a number, never after a short abbreviation ("Av.", "Dr.", "nº.").
    .split(/(?<=(?:\p{L}{3}|\d|\))[.!?]+)\s+|[!?]{2,}\s*/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence))
  if (sentences.length === 0) return false
  return sentences.every((sentence) => {
    if (tellsLogistics(sentence)) return true
    // "Não liguem, só mensagem": two short orders of contact joined by a comma.
    const parts = sentence.split(/,\s+/u)
    return parts.length > 1 && parts.every((part) => tellsLogistics(part))
  })
}
