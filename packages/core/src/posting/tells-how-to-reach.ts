import { normalizeText } from './normalize-text'

// The reader addressed as one who may apply or ask ("Interested candidates", "Interessados", "Any questions",
// "Qualquer dúvida", "Cualquier duda").
const READER_LEAD =
  /^(?:(?:all\s+)?interested(?:\s+(?:candidates|applicants|parties))?|interessad[oa]s?|interesad[oa]s?|(?:any|for)\s+(?:questions?|doubts?)|(?:qualquer|quaisquer)\s+duvidas?|duvidas?|(?:cualquier|cualquiera)\s+duda|dudas?)[,:]?\s+/u
// Verbs of reaching the poster or handing in an application, as an order or a bare infinitive.
const CONTACT_VERB =
  /^(?:(?:please|por favor|favor)\s+)?(?:(?:me|nos|us)\s+)?(?:apply|submit|attach|send|e-?mail|call|phone|text|message|contact|reach out|write|drop|chama\p{L}*|liga\p{L}*|ligue\p{L}*|mand\p{L}*|envi\p{L}*|escrev\p{L}*|contat\p{L}*|entre em contato|entrar em contato|fal(?:e|ar|em)|llam\p{L}*|escrib\p{L}*|contact\p{L}*|postul\p{L}*|adjunt\p{L}*|anex\p{L}*)\b/u
// Whom or what the order is about: the poster ("us", "me", "o Sr. Luís"), a number, an address or a link, or the
// application's own papers.
const CONTACT_TARGET =
  /\b(?:us|me|nos|mr|mrs|ms|sr|sra|cv|cvs|resume|resumes|cover letter|application|applications|candidatura|solicitud|postulacion|hoja de vida|curriculo|curriculum|dd\d+|www|https?)\b|@|\d[\d\s().x-]{6,}|\bx{2,}\b/u
// A channel alone names the poster's line only after a reader lead ("Interessados chamar no zap").
const CHANNEL = /\b(?:whatsapp|zap|wpp|inbox|dm|e-?mail|correo|telefone|telefono|phone|numero|number)\b/u
// A work sample or a proof the job demands is asked for even when told to send it ("send your portfolio").
const ASKED_PAPER =
  /\b(?:portfolio|portafolio|portfolio|samples?|amostras?|muestras?|reel|showreel|demo|references|referencias)\b/u
// The poster offering to talk before one applies ("Happy to have a chat first", "Encantados de charlar antes").
const OFFERS_TALK =
  /^(?:(?:i'?m|i am|we'?re|we are|estou|estamos|estoy)\s+)?(?:happy|glad|feliz(?:es)?|encantad[oa]s?|content[oa]s?)\s+(?:to|em|de)\s+(?:(?:have\s+a|ter\s+uma|tener\s+una)\s+(?:\p{L}+\s+)?)?(?:chat|talk|call|conversa\p{L}*|charla\p{L}*|habla\p{L}*|falar)\b/u
// Words of asking: a sentence that says them asks, whatever it tells about applying.
const ASKS =
  /\b(?:must|required|requirements?|need|needs|should|experience[ds]?|experiencia|available|disponib\p{L}*|disponivel|willing|licen\p{L}*|obrigatori\p{L}*|imprescindi\p{L}*|indispensa\p{L}*|deve|debe|precisa|necesita|requisitos?)\b/u

// The reader's experience named as theirs, the thing a message to the poster tells of.
const OWN_EXPERIENCE = /\b(?:your|sua|seu|tua|teu|tu|su)\s+(?:experience|experiencia)\b/gu

// An order not to reach the poster some way ("Please don't reply here", "Não responda no grupo", "No comenten en la
// publicación"): a negation, then a verb of contacting or of answering.
const FORBIDS_CONTACT =
  /^(?:(?:please|por favor|favor)\s+)?(?:do not|don'?t|nao|no)\s+(?:(?:me|nos|us)\s+)?(?!\p{L}+(?:amos|emos|imos)\b)(?:reply|respond|answer|comment|post|respond\p{L}*|comm?ent\p{L}*|contest\p{L}*)\b/u
/** Most words of such an order: a channel and a courtesy, never a sentence with a condition of its own. */
const FORBIDS_WORDS = 8

/** True when a short sentence forbids a way of reaching the poster, with no condition said of the reader. */
function forbidsChannel(folded: string): boolean {
  const negated = folded.replace(/^(?:(?:please|por favor|favor)\s+)?(?:do not|don'?t|nao|no)\s+/u, '')
  // An order, not the employer saying what it does not do ("Não respondemos mensagens…", "No llamamos a nadie…").
  if (/^(?:(?:me|nos|us)\s+)?\p{L}+(?:amos|emos|imos)\b/u.test(negated)) return false
  const order = FORBIDS_CONTACT.test(folded) || (negated !== folded && CONTACT_VERB.test(negated))
  return (
    order &&
    folded.split(/\s+/u).length <= FORBIDS_WORDS &&
    !/\b(?:if|unless|without|se|si|sem|sin|a menos)\b/u.test(folded)
  )
}

/**
 * True when a sentence tells the reader how to reach the poster or hand in an application: an order of contacting or
 * sending aimed at the poster, a number, a link or the application's papers ("Send your CV to jobs@…", "Qualquer
 * dúvida me chama", "Interesados llamar al 600…"), or the poster's offer to talk first. It is how to apply, not what
 * the candidate must have.
 */
export function tellsHowToReach(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/gu, ' ')
  // "…um áudio contando sua experiência", "tell us about your experience": the reader's own experience is what the
  // message is to tell, not a word of asking.
  const asking = folded.replace(OWN_EXPERIENCE, ' ')
  if (ASKS.test(asking) || ASKED_PAPER.test(folded)) return false
  if (OFFERS_TALK.test(folded)) return true
  if (forbidsChannel(folded)) return true
  const led = READER_LEAD.exec(folded)
  const rest = led ? folded.slice(led[0].length) : folded
  if (!CONTACT_VERB.test(rest)) return false
  return CONTACT_TARGET.test(rest) || (led !== null && CHANNEL.test(rest))
}
