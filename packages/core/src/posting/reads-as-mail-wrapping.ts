import { hasTitleWord } from '../resume/split-role-header'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, isQualificationLike, readInlineKind } from './posting-cues'

// A posting forwarded by e-mail comes wrapped in the message that carried it: a greeting to the person it was sent to,
// the sender recalling an earlier talk, a closing, the sender's signature, the mail client's footer. Each of these
// speaks to or about the message's recipient, never to the candidate, so none of it is asked. Each is told by what the
// sentence does (greets, recalls, closes, signs, disclaims the message), in EN, PT and ES.

// Words of greeting that open a message ("Hi", "Dear", "Good morning", "Olá", "Boa tarde", "Hola", "Buenas tardes").
const GREETING =
  /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening|day)|ola|oi|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]s?|querid[oa]s?|hola|buen(?:os|as)? (?:dias?|tardes|noches)|estimad[oa]s?)\b/u
// Who a greeting may name: the recipient's name (capitalised words) or the group addressed ("all", "hiring team",
// "todos").
const ADDRESSEES =
  /^(?:(?:all|everyone|team|folks|both|hiring|recruiting|recruitment|talent|hr|rh|estimad[oa]s|prezad[oa]s|querid[oa]s|car[oa]s|todos|todas|todes|equipo|equipe|time|pessoal|gente|colegas|amigos|members|colleagues|socios|socias|socies|miembros|membros|associados|asociados|companeros|companheiros|chicos|chicas|senores|senhores|senoras|senhoras)|\p{Lu}[\p{L}.'-]*)$/u
// A name said before the greeting ("Marta, buenos días."): up to three capitalised words and a comma.
const NAME_BEFORE = /^(?:\p{Lu}[\p{L}.'-]*\s+){0,2}\p{Lu}[\p{L}.'-]*\s*,\s*/u

/**
 * "Hi Marcus,", "Dear hiring team", "Olá, Joana! Tudo bem?", "Marta, buenos días.", "Buenas tardes, estimados": a
 * greeting with, at most, the names of those greeted, and nothing more said in the sentence.
 */
function greetsRecipient(sentence: string): boolean {
  const trimmed = sentence.trim().replace(/^[^\p{L}]+/u, '')
  // "Olá, Joana" opens on the greeting; "Joana, olá" on the name.
  const unnamed = GREETING.test(normalizeText(trimmed)) ? trimmed : trimmed.replace(NAME_BEFORE, '')
  const folded = normalizeText(unnamed)
  const greeting = GREETING.exec(folded)
  if (!greeting) return false
  // "Tudo bem?", "How are you?", "¿Cómo estás?" may follow the greeting: a question of courtesy, still the greeting.
  const rest = unnamed
    .slice(greeting[0].length)
    .replace(
      /\b(?:how are you|hope (?:you(?:'re| are) well|all is well)|tudo bem|como vai|como (?:estas|esta|estan)|que tal)\b\s*\??/giu,
      ' ',
    )
    .replace(/[¿?]/gu, ' ')
  const names = rest
    .split(/[\s,;:!.–—-]+/u)
    .filter((word) => /\p{L}/u.test(word))
    .map((word) => (/^\p{Lu}/u.test(word) ? word : normalizeText(word)))
  return names.length <= 3 && names.every((word) => ADDRESSEES.test(word))
}

// The sender recalling an earlier exchange with the recipient ("As discussed", "As promised", "Como te comenté",
// "Conforme conversamos", "Según lo hablado"): the lead tells the sentence is about the two of them.
const RECALLS =
  /^(?:as (?:i|we) (?:mentioned|said|discussed|promised|told you|agreed)|as (?:discussed|promised|agreed|mentioned)|per our (?:call|chat|conversation|talk)|following (?:up on )?our (?:call|chat|conversation|talk)|como (?:te |le |les |lhe |lhes |os |vos )?(?:comente|comentei|comentamos|conversamos|hablamos|dije|dijimos|disse|dissemos|prometi|prometimos|falei|falamos|combinamos|quedamos|acordamos)|como (?:foi |fue )?(?:combinado|conversado|hablado|comentado|prometido|acordado)|conforme (?:conversamos|falamos|combinamos|combinado|conversado)|segun (?:lo )?(?:conversado|hablado|acordado)|tal (?:y )?como (?:conversamos|hablamos|quedamos))\b/u

// What would make a sentence ask even after such a lead ("As discussed, you'll need a forklift licence").
const ASKS_READER =
  /\b(?:you(?:'ll| will)? (?:need|must|have to|should)|must|required|debe|deve|deberas|devera|tiene que|tem que|precisa(?:ra)? ter|necesita(?:ra)? tener|imprescindi\p{L}+|indispensa\p{L}+|obligatori\p{L}+|obrigatori\p{L}+)\b/u

function recallsConversation(sentence: string): boolean {
  const folded = normalizeText(sentence.trim().replace(/^[^\p{L}]+/u, ''))
  return RECALLS.test(folded) && !ASKS_READER.test(folded) && !isQualificationLike(sentence)
}

// A wish for the recipient's wellbeing that opens a message's body ("Hope you are doing well.", "I hope this e-mail
// finds you well", "Espero que esteja bem!", "Espero que te encuentres bien"): a courtesy, not the posting.
const WELL_WISH =
  /^(?:i |we )?(?:hope|trust|espero|esperamos|ojala)\b(?:\s+\p{L}+){0,6}?\s+(?:well|fine|good|great|bem|bien|otimo|otima)\b[\s,.!]*(?:and (?:safe|healthy)|e com saude|y con salud)?[\s,.!]*$/u

// The sender telling how the recipient came to their notice: a verb of finding or seeing, then the recipient's own
// profile or CV ("Came across your profile on the board and thought of you", "Vi seu perfil no LinkedIn e lembrei de
// você", "Encontré tu hoja de vida en el portal"). The sentence is about the two of them, never asked of a candidate.
const FOUND_RECIPIENT =
  /\b(?:came across|come across|found|saw|seen|noticed|viewed|reviewed|went through|looked at|checked|read|vi|vimos|encontrei|encontramos|achei|analisei|analisamos|olhei|encontre|revise|revisamos|me tope con|di con|dimos con)\s+(?:\p{L}+\s+){0,2}?(?:your|ur|seu|sua|teu|tua|tu|su)\s+(?:(?:linkedin|online|public)\s+)?(?:profile|cv|resume|curriculum|curriculo|hoja de vida|perfil|portfolio|portafolio|portfolio)\b/u

/** "Hope you are doing well.", "Came across your profile on the board": the sender speaking to the recipient. */
function addressesRecipient(sentence: string): boolean {
  const folded = normalizeText(sentence.trim().replace(/^[^\p{L}]+/u, ''))
  if (ASKS_READER.test(folded) || isQualificationLike(sentence)) return false
  return WELL_WISH.test(folded) || FOUND_RECIPIENT.test(folded)
}

// A closing alone on its line ("Thanks,", "Best regards", "Saludos,", "Atenciosamente", "Un abrazo"): the message ends.
const CLOSING =
  /^(?:thanks?(?: you)?(?: so much| again| in advance)?|many thanks|cheers|best(?: wishes| regards)?|kind regards|warm regards|regards|sincerely(?: yours)?|yours(?: truly| sincerely)?|take care|(?:muchas )?gracias(?: de antemano)?|saludos(?: cordiales)?|un saludo(?: cordial)?|atentamente|cordialmente|(?:un )?abrazos?|obrigad[oa]s?(?: desde ja)?|atenciosamente|att|at\.te|abracos?|um abraco|grato|grata|cumprimentos)[\s,.!]*$/u

// The same closings opening a longer line, set off from what follows by a comma or a stop ("Gracias, Mariana, …").
const CLOSING_OPENING = new RegExp(`${CLOSING.source.replace(/\[\\s,\.!\]\*\$$/u, '')}\\s*[,!.]\\s*`, 'u')
/** Most words after such a closing: a name or two and a short leave-taking, not a sentence of the posting. */
const LEAVE_TAKING_WORDS = 6

// A mail client's own line ("Sent from my iPhone", "Enviado desde mi Android", "Enviado do meu celular"), or the
// note before printing ("Please consider the environment before printing", "Antes de imprimir … piense en el medio
// ambiente").
const CLIENT_LINE =
  /^(?:sent|enviado|enviada)\s+(?:from|desde|do|da|de)\s+(?:my|mi|meu|minha)\b|\b(?:before printing|antes de imprimir)\b/u

// The message named as the subject of a disclaimer ("This e-mail and any attachments", "Este mensaje y sus anexos",
// "Esta mensagem"), then what a disclaimer says of it: confidential, privileged, meant only for its addressee.
const MESSAGE_SUBJECT =
  /\b(?:this|the|este|esta|esse|essa)\s+(?:e-?mail|message|communication|transmission|correo(?: electronico)?|mensaje|mensagem|comunicac\p{L}*|e-?mail)\b/u
const DISCLAIMED =
  /\b(?:confidential\p{L}*|privileged|intended (?:solely|only|exclusively)|addressee|recipients?|confidencial\p{L}*|destinatari\p{L}*|privilegiad\p{L}*|exclusiv\p{L}*)\b/u
// A message received by mistake ("If you received it in error", "Si usted lo recibió por error", "Se você recebeu esta
// mensagem por engano").
const RECEIVED_IN_ERROR =
  /\b(?:receiv\p{L}*|recib\p{L}*|receb\p{L}*)\b[^.]{0,40}\b(?:in error|by mistake|by error|por error|por equivocacion|por equivoco|por engano|indevidamente|erroneamente)\b/u

// A mailing list's footer: the reader is told why they got the message and how to stop getting it ("You received this
// message because you are subscribed to…", "To unsubscribe…", "Para cancelar sua inscrição neste grupo…", "Para darte
// de baja de esta lista…").
const LIST_FOOTER =
  /\b(?:unsubscrib\p{L}*|(?:you are|you're|you were) (?:subscribed|receiving)|you received this (?:message|e-?mail)|descadastr\p{L}*|cancelar (?:a |sua |tu |su )?(?:inscri\p{L}*|subscri\p{L}*|suscripci\p{L}*)|(?:dar|darse|darte|darle) de baja|(?:recebeu|recibi\p{L}*) (?:esta|este|essa|esse) (?:mensagem|mensaje|e-?mail|correo)(?: electronico)? porque|(?:inscrit|suscrit|subscrit)[oa]s? (?:no|na|em|al|a la|en el|en la) (?:grupo|lista))\b/u

/** "Confidential: this e-mail is intended solely for …", "Si lo recibió por error, elimínelo": the mail's footer. */
function disclaimsMessage(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
  if (CLIENT_LINE.test(folded)) return true
  if (RECEIVED_IN_ERROR.test(folded)) return true
  if (LIST_FOOTER.test(folded)) return true
  return (
    MESSAGE_SUBJECT.test(folded) && DISCLAIMED.test(folded) && findRequirementPredicate(sentence) === null
  )
}

// A signature: the sender's name, then a separator and their position ("Ana Ruiz | Talent Partner, Retail", "João
// Lima – Gerente de RH", "Ing. Pedro Soto, Jefe de Planta"). A courtesy title may open the name.
const SIGNATURE =
  /^(?:(?:mr|mrs|ms|dr|dra|sr|sra|srta|ing|lic|eng|prof|profa)\.?\s+)?(\p{Lu}[\p{Ll}'-]+(?:\s+(?:de|da|do|del|dos|das|van|von)?\s*\p{Lu}[\p{L}'.-]*){1,3})\s*(?:\||–|—|-|,)\s*(.+)$/u

/**
 * "Ana Ruiz | Talent Partner, Retail Operations", "João Lima – Coordenador de Recrutamento": a short line of a
 * person's name and their position, with no verb and no full stop, which signs the message.
 */
function signsMessage(line: string): boolean {
  const trimmed = line.trim()
  if (/[.!?;:]$/u.test(trimmed) || trimmed.split(/\s+/u).length > 14) return false
  const match = SIGNATURE.exec(trimmed)
  if (!match) return false
  const [, name = '', position = ''] = match
  // The name is a person's, not a role or a skill ("Senior Recruiter", "Microsoft Excel"); the position is a role.
  return (
    !hasTitleWord(name) &&
    hasTitleWord(position.split(/\s*[|,]\s*/u)[0] ?? '') &&
    !isQualificationLike(trimmed) &&
    readInlineKind(trimmed) === null
  )
}

/**
 * True when a line is the notice a mail server or a mailing list appends to a message (a confidentiality disclaimer, an
 * unsubscribe footer, the mail client's own line): a notice whose sentences run on over the lines below it, all of
 * them about the message.
 */
export function readsAsMailFooter(line: string): boolean {
  return disclaimsMessage(line)
}

/** True when a line only closes the message ("Thanks,", "Saludos cordiales", "Atenciosamente"): the signature follows. */
export function closesMessage(line: string): boolean {
  const folded = normalizeText(line.trim().replace(/^[^\p{L}]+/u, ''))
  if (CLOSING.test(folded)) return true
  // "Gracias, Mariana, quedamos atentos.", "Thanks Tom, talk soon!", "Obrigada, fico no aguardo": the closing, then the
  // one thanked and a few words of leave-taking. Short, and asking nothing, it still only ends the message.
  const opening = CLOSING_OPENING.exec(folded)
  if (!opening) return false
  const rest = line
    .trim()
    .replace(/^[^\p{L}]+/u, '')
    .slice(opening[0].length)
  return (
    rest.trim().split(/\s+/u).length <= LEAVE_TAKING_WORDS &&
    readInlineKind(rest) === null &&
    findRequirementPredicate(normalizeText(rest)) === null &&
    !isQualificationLike(rest) &&
    !/\b(?:you|your|voce|usted|tu)\b.*\b(?:must|need|should|deve|debe|precisa|necesita)\b/u.test(
      normalizeText(rest),
    )
  )
}

/**
 * True when a sentence or a line is the e-mail around a forwarded posting rather than the posting: a greeting to the
 * recipient, the sender recalling an earlier talk, a closing, a signature, or the mail's confidentiality footer.
 */
export function readsAsMailWrapping(text: string): boolean {
  const folded = normalizeText(text.trim().replace(/^[^\p{L}]+/u, ''))
  return (
    CLOSING.test(folded) ||
    closesMessage(text) ||
    greetsRecipient(text) ||
    recallsConversation(text) ||
    addressesRecipient(text) ||
    disclaimsMessage(text) ||
    signsMessage(text)
  )
}
