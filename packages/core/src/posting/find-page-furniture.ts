import { hasTitleWord, isRoleHead } from '../resume/split-role-header'
import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { announcesBareSearch } from './announces-bare-search'
import { answersFieldNo } from './answers-field-no'
import { callsToShare } from './calls-to-share'
import { describesJobBoard } from './describes-job-board'
import { describesOnboarding } from './describes-onboarding'
import { findConductQualities } from './find-conduct-qualities'
import {
  describesClient,
  isBoardWidget,
  namesPay,
  runsHiringProcess,
  statesPay,
} from './find-hiring-process-lines'
import { findMailFooter } from './find-mail-footer'
import { findNavigationRun } from './find-navigation-run'
import { findNoticeClosing } from './find-notice-closing'
import { findOtherAds } from './find-other-ads'
import { isPageWidget } from './find-page-widgets'
import { withoutProofDocuments } from './find-proof-documents'
import {
  comparesReaderProfile,
  describesEmployerByNoun,
  linksBoardIndex,
  listsLabelledFields,
  notesHiringTerms,
  notesListingByBoard,
  opensTableRow,
  statesApplicationHandling,
  statesHiringStatus,
  tellsFounding,
  truncatesBoardList,
  warnsOfFraud,
} from './find-recruiting-clutter'
import { findRunningFurniture } from './find-running-furniture'
import { givesApplicationLogistics } from './gives-application-logistics'
import { invitesToJoin } from './invites-to-join'
import { labelsScheduleRow } from './labels-schedule-row'
import { listsPerks } from './lists-perks'
import { namesContactNumber } from './names-contact-number'
import { namesOtherListing } from './names-other-listing'
import { namesRegistration } from './names-registration'
import { normalizeText } from './normalize-text'
import { opensWithReaderFuture } from './opens-with-reader-future'
import { placesTheWork } from './places-the-work'
import {
  classifyHeading,
  classifyHeadingBeforeAside,
  findRequirementPredicate,
  isDutyLike,
  isQualificationLike,
  readHeadingLine,
  readInlineKind,
  readInlineLabel,
} from './posting-cues'
import {
  announcesRoleForWork,
  asksInAnyClause,
  asksOutrightInAnyClause,
  describesBusinessByAge,
  describesEmployer,
  EMPLOYER_SUBJECT,
  namesCandidate,
} from './read-employer-text'
import { statesEmployerYears } from './read-min-years'
import { endsAnswer, marksFaqEntry, readQuestion } from './read-question-line'
import { readsAsChatReply } from './reads-as-chat-reply'
import { readsAsListingByline } from './reads-as-listing-byline'
import { readsAsListingHeadline } from './reads-as-listing-headline'
import { readsAsMailWrapping } from './reads-as-mail-wrapping'
import { commentsUnderPost, readsAsPostResidue } from './reads-as-post-residue'
import { readConditionSubject } from './split-condition-clauses'
import { findNeedAfterWork } from './split-work-then-need'
import { statesHiringNotice } from './states-hiring-notice'
import { leadsWithJobCondition, statesJobCondition } from './states-job-condition'
import { statesPayBasis } from './states-pay-basis'
import { tellsHowToReach } from './tells-how-to-reach'
import { tellsOfOthers } from './tells-of-others'
import { tellsRecruiterContext } from './tells-recruiter-context'

/** Why a line of a pasted page was set aside instead of being read as part of the posting. */
export type FurnitureReason =
  | 'navigation'
  | 'numbers'
  | 'salary'
  | 'interface'
  | 'title-list'
  | 'question'
  | 'answer'
  | 'title'
  | 'call-to-action'
  | 'metadata'
  | 'narrative'
  | 'company'
  | 'benefits'
  | 'running-header'
  | 'heading'

export type SetAside = { start: number; end: number; text: string; reason: FurnitureReason }

export type PageLine = { start: number; end: number; text: string; blankBefore: boolean; blankAfter: boolean }

const BULLET = /^\s*(?:[-•●▪◦‣*+·]|\d{1,2}[.)])\s/u
/** Emoji and pictographs used as bullets by pasted pages ("✅ 3+ years of Go"). */
// ©, ® and ™ are pictographs too, but they open footers ("© 2026 Acme"), never list items.
const EMOJI_BULLET = /^\s*(?![©®™])[\p{Extended_Pictographic}\p{Emoji_Presentation}][\uFE0F\u200D]*\s*/u

/** Splits a posting into its non-empty lines, noting which ones stand between blank lines. */
export function readPageLines(text: string): PageLine[] {
  const lines: PageLine[] = []
  const pattern = /[^\r\n]*/g
  let previousBlank = true
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const blank = match[0].trim().length === 0
    const last = lines[lines.length - 1]
    if (blank) {
      if (last) last.blankAfter = true
    } else {
      lines.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        blankBefore: previousBlank,
        blankAfter: false,
      })
    }
    previousBlank = blank
    pattern.lastIndex = match.index + match[0].length + 1
    if (pattern.lastIndex > text.length) break
  }
  const last = lines[lines.length - 1]
  if (last) last.blankAfter = true
  return lines
}

// Where a page copied without its line breaks glued one item to the next: a word ending in lower case runs into a
// capitalised word ("environmentExperience with", "Nice to haveBilingual") or an acronym ("English/SpanishCDL Class
// A"); a heading runs into a tenure ("Requirements2+ years"); a closing bracket or a full stop runs into a capitalised
// word ("(pivot tables)Understanding", "West Coast.As Inbound ..."). The lookbehinds keep "iOS", "macOS" and "Node.js".
const GLUED_BOUNDARY =
  /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2,})|(?<=\p{Ll}{4})(?=\p{Lu}{2,}[\s,.;:)])|(?<=\p{Ll}{3})(?=\d+\+?\s*(?:years?|yrs|anos|años)\b)|(?<=[\p{Ll}\d]\)|\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu
/** How many glued boundaries make a line a run of items rather than a sentence that names a camel-cased tool. */
const RUN_TOGETHER_BOUNDARIES = 3

/**
 * Cuts a line that a web page glued together from several items ("Requirements2+ years of ...environmentExperience
 * with a TMS ...Nice to haveBilingual ...") into one line per item, with offsets into the same text. Only lines with
 * several such boundaries are cut, never inside a name the taxonomy knows ("JavaScript") nor inside a word of two
 * capitalised parts ("DoubleClick"), which is how brands are spelt.
 */
export function splitRunTogetherLines(lines: readonly PageLine[], taxonomy: Taxonomy): PageLine[] {
  return lines.flatMap((line) => {
    const cuts = [...line.text.matchAll(GLUED_BOUNDARY)]
      .map((match) => match.index)
      .filter((cut) => {
        // Two capitalised parts ("DoubleClick", "MailChimp") are a brand's name, unless one is a heading word
        // ("BenefitsMedical, dental", "SaturdayPreferred").
        const token = /[\p{L}]+$/u.exec(line.text.slice(0, cut))?.[0] ?? ''
        const rest = /^\p{Lu}\p{Ll}+(?![\p{Lu}])/u.exec(line.text.slice(cut))?.[0]
        if (
          /^\p{Lu}\p{Ll}+$/u.test(token) &&
          rest !== undefined &&
          classifyHeading(token) === null &&
          classifyHeading(rest) === null
        )
          return false
        const around = line.text.slice(Math.max(0, cut - 20), cut + 20)
        const at = Math.min(cut, 20)
        return !findSkills(around, taxonomy).some(
          (skill) => skill.start < at && skill.end > at && skill.surface.length > 3,
        )
      })
    if (cuts.length < RUN_TOGETHER_BOUNDARIES) return [line]
    const pieces: PageLine[] = []
    let from = 0
    for (const cut of [...cuts, line.text.length]) {
      const text = line.text.slice(from, cut)
      if (text.trim().length > 0)
        pieces.push({
          start: line.start + from,
          end: line.start + cut,
          text,
          blankBefore: pieces.length === 0 && line.blankBefore,
          blankAfter: false,
        })
      from = cut
    }
    const last = pieces[pieces.length - 1]
    if (last) last.blankAfter = line.blankAfter
    return pieces
  })
}

const JOB_SEARCH_LINK =
  /^(?:[\p{L}\p{N}-]+ ){0,4}(?:jobs|careers|vagas|empleos|trabajos)(?: (?:near me|hiring now|in [\p{L} ]+|em [\p{L} ]+|en [\p{L} ]+))?$|^(?:vagas|empleos|trabajos|empregos) (?:de|para) [\p{L} ]+$/u

/** True when a line is a bullet item, whether marked with a dash, a number or an emoji. */
export function isBulletLine(line: string): boolean {
  return BULLET.test(line) || EMOJI_BULLET.test(line)
}

function words(line: string): string[] {
  return line
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0)
}

/** Share of a line's characters covered by taxonomy skills. */
function skillShare(line: string, taxonomy: Taxonomy): number {
  const letters = line.replace(/[^\p{L}\p{N}]/gu, '').length
  if (letters === 0) return 0
  const covered = findSkills(line, taxonomy).reduce(
    (sum, match) => sum + match.surface.replace(/[^\p{L}\p{N}]/gu, '').length,
    0,
  )
  return covered / letters
}

// What a job board counts about the listing itself: people who applied, saved or viewed it, in EN, PT and ES.
const LISTING_COUNT =
  /(?<!\b(?:of|with|for|to|de|com|con|para|a|than|que)\s+(?:over |more than |up to |mais de |ate |hasta |mas de )?)\b\d[\d.,]*\+?\s*(?:people|persons?|applicants?|candidates?|applications?|views?|clicks?|saves?|candidatos?|candidaturas?|inscritos?|inscri\w*|pessoas|personas|postulantes?|postulaciones|visualizac\w*|vistas|visitas)\b/u

/**
 * "12 people saved this job", "Até 50 candidatos", "87 applicants": a count of the listing's audience in a short line
 * that asks nothing, whatever the board's wording around the number. A count after a preposition is the role's
 * ("a team of 20 people"), not the listing's.
 */
function isListingCount(line: string): boolean {
  const folded = normalizeText(line)
  return (
    LISTING_COUNT.test(folded) && words(line).length <= 10 && !isQualificationLike(line) && !isDutyLike(line)
  )
}

/** Lines with no words (item numbers, dates, counters) carry nothing a candidate can meet. */
function isNumbersOnly(line: string): boolean {
  const letters = (line.match(/\p{L}/gu) ?? []).length
  const digits = (line.match(/\p{N}/gu) ?? []).length
  return letters === 0 || (digits >= 4 && letters <= 2)
}

/**
 * A row of hashtags ("#vagas #hiring #empleo"), which a social post ends with to be found: tags for the network's
 * search, not the job's words. Under a list it must not be read as a heading or as items.
 */
function isHashtagRow(line: string): boolean {
  const words = line.trim().split(/\s+/u)
  return words.length > 0 && words.every((word) => /^#[\p{L}\p{N}_]+$/u.test(word))
}

/**
 * "Ana Souza: @Bruno Lima manda no privado": a comment under a social post, a person's name, a colon and a reply
 * that opens by tagging someone. Readers talk to each other there; the posting asks nothing in it.
 */
function repliesByMention(line: string): boolean {
  return /^(?:\p{Lu}[\p{L}'.-]*\s+){1,3}\p{Lu}?[\p{L}'.-]*:\s*@\p{L}/u.test(line.trim())
}

/**
 * Salary rows: a currency sign or an ISO-style code in brackets, with figures making up much of the line.
 * Sentences that merely mention money ("R$ 1 billion in savings") have far more letters than figures.
 */
function isMoneyRow(line: string): boolean {
  const currency = /\p{Sc}|\(\p{Lu}{3}\)|\b\p{Lu}{3}\s?\d/u.test(line)
  if (!currency) return false
  const digits = (line.match(/\p{N}/gu) ?? []).length
  const letters = (line.match(/\p{L}/gu) ?? []).length
  if (digits >= 4 && digits >= letters * 0.5) return true
  // "Pay: $19.50 – $21.50 per hour", "OTE R$ 25k–35k/month": an amount of money in a short line is pay, not a skill.
  // "Handling cash up to $5,000 per shift" names money, not pay: the line must name pay or a rate per period.
  return (
    /\p{Sc}\s?\d|\d\s?\p{Sc}/u.test(line) &&
    words(line).length <= 16 &&
    !isQualificationLike(line) &&
    namesPay(line)
  )
}

// The vocabulary of a site's own chrome (cookie banners, legal footers): a word class of the web page, not the job.
const SITE_CHROME =
  /\bcookies?\b|©|\bprivacy (?:policy|notice|statement)\b|\bpolitica de (?:privacidade|privacidad|cookies)\b|\bterms of (?:use|service)\b|\bimprint\b|\bsite ?map\b/

// Applying is the reader's next step, not a requirement: "Apply now", "Envía tu CV", "Only shortlisted candidates ...".
const APPLYING =
  /\b(?:apply|cv|resumes?|curriculo|curriculum|candidate-se|candidatar|candidatura|postul\w*|cadastr\w*|inscri\w*|short-?listed|contacted|contactad[oa]s?|enviar|envia|envie|envianos|send us|referrals?|referred|indicac\w*|referid\w*)\b/

// A condition the reader is asked to check before acting ("If this sounds like you, …", "Se você se identificou, …",
// "Si te interesa, …"): the act after it is what the sentence says.
const LEADING_CONDITION = /^(?:if|se|si|caso)\b[^,]{0,60},\s*/u

// Applying told in the imperative, with how or when ("Apply now with your CV …", "Send us your résumé", "Envie seu
// currículo", "Postúlate con tu hoja de vida"): what the application holds is the application, not a qualification.
// "Apply statistical methods" is work: the imperative must say how, when or where to apply.
const APPLY_IMPERATIVE =
  /^(?:please\s+)?(?:apply (?:now|today|here|online|below|via|through|with your)|send (?:us )?(?:your|a|an) (?:cv|resume|application|portfolio)|submit (?:your|a|an) (?:cv|resume|application|portfolio)|envie (?:o )?(?:seu|sua) (?:cv|curriculo)|mande (?:o )?(?:seu|sua) (?:cv|curriculo)|candidate-se|envia(?:nos)? (?:tu|su) (?:cv|curriculum|hoja de vida)|postulate|postula(?:te)? (?:ya|ahora|aqui|con tu|con su)|reply (?:to )?(?:this|the|my|our) (?:e-?mail|message|post|thread)|reply with|responda (?:a |o |ao )?(?:este|esta|essa|esse|a|o) (?:e-?mail|mensagem|post)|responde (?:a )?(?:este|esta|el|la) (?:correo|mensaje|e-?mail|post)|responda com|responde con)\b/u
// What to write in the subject of the application's e-mail ("Put the role in the subject line", "Colocar no assunto
// CONFERENTE", "Indicar en el asunto la referencia"): how to apply, whatever the subject names.
const SUBJECT_INSTRUCTION =
  /^(?:please[,\s]+|por favor[,\s]+|favor[,\s]+)?(?:put|write|use|include|add|mention|state|colocar|coloque|coloca|ponha|por|escrever|escreva|informar|informe|indicar|indique|poner|pon|ponga|escribir|escribe|escriba|incluir|inclua|incluya)\b[^.!?]{0,50}?\b(?:in|on|no|na|en|em)\s+(?:the\s+|o\s+|el\s+|your\s+|seu\s+|tu\s+|su\s+)?(?:subject|assunto|asunto)\b/u
// Where not to reach the employer ("Please don't call the shop", "Não ligar", "Favor no llamar a la tienda"): how to
// apply, said by what to avoid.
const NOT_TO_REACH =
  /^(?:please[,\s]+|por favor[,\s]+|favor[,\s]+)?(?:do not|don't|dont|nao|no)\s+(?:(?:me|us|nos)\s+)?(?:call|phone|ring|text|visit|show up|drop by|come by|ligu?e|ligar|telefon\p{L}*|llam\p{L}*|visit\p{L}*|aparec\p{L}*|compare\p{L}*|pass\p{L}* (?:na|no|por))\b/u
// Reaching the employer ("email people@…", "contact us", "Entre em contato pelo …", "Escríbenos a …") with where to
// reach it: the page's contact line, which a candidate does not have to meet.
const CONTACTING =
  /^(?:please\s+)?(?:e-?mail|contact|call|write to|reach out|let us know|get in touch|entre em contato|contate|escreva|ligue|fale com|contacta\p{L}*|escribe\p{L}*|llama\p{L}*|comunica\p{L}*)\b/u
const CONTACT_POINT =
  /\S+@\S+\.\p{L}{2,}|\bhttps?:\/\/|\bwww\.|\b(?:us|nos|conosco|nosotros)\b|\d{3}[\s.-]?\d{3,4}/u

const SUBJECT_LINE =
  /\b(?:with|in|com|con|en|no|na)\s+(?:the\s+|o\s+|el\s+|a\s+|la\s+)?(?:t[ií]tulo|assunto|asunto|subject(?:\s+line)?|title|refer[eê]ncia|referencia)\s*:?\s*["“'«][^"”'»]{1,60}["”'»]/giu

/** True when a line is a call to apply or the site's own chrome rather than a statement about the role. */
function isChromeOrCallToAction(whole: string): boolean {
  // The message's subject line named in quotes ("com o título \"Soldador\"", "with the subject 'Ref 12'") labels the
  // e-mail; "título" there is no degree.
  // A document of proof the call asks for ("certificado de antecedentes") is read on its own, not as the call's words.
  const line = withoutProofDocuments(whole).replace(SUBJECT_LINE, ' ')
  // "Pré-requisitos (leia com atenção antes de se candidatar):": a heading of what is asked stays a heading whatever
  // its bracketed aside says about applying.
  const heading = classifyHeadingBeforeAside(whole)
  if (heading === 'required' || heading === 'nice_to_have') return false
  const folded = normalizeText(line)
    .replace(/^[^\p{L}]+/u, '')
    .replace(LEADING_CONDITION, '')
  // A footer opens with its copyright sign ("© Acme 2026"), which the lead marks stripped above would lose.
  if (SITE_CHROME.test(folded) || /^\s*©/u.test(line)) return true
  // A clitic joined by a hyphen ("cadastre-se", "inscreva-se") is the verb's pronoun, not the conjunction "se" (if).
  const conditionless = !/\b(?:if|se|si|caso|must|deve|debe)\b/u.test(
    folded.replace(/-(?:se|lo|la|los|las|me|te|nos)\b/gu, ''),
  )
  if (
    (APPLY_IMPERATIVE.test(folded) ||
      NOT_TO_REACH.test(folded) ||
      SUBJECT_INSTRUCTION.test(folded) ||
      (CONTACTING.test(folded) && CONTACT_POINT.test(folded))) &&
    conditionless &&
    findRequirementPredicate(folded) === null &&
    !isQualificationLike(folded)
  )
    return true
  // The call opens the line ("Apply now", "Envía tu CV", "Interessados devem se cadastrar") or is the whole of it.
  const opening = words(folded).slice(0, 4).join(' ')
  // "Para se candidatar é preciso ter CNH D": applying is the purpose, what it needs is asked of the candidate.
  return (
    (APPLYING.test(opening) || (APPLYING.test(folded) && words(line).length <= 8)) &&
    findRequirementPredicate(line) === null &&
    !isQualificationLike(line) &&
    !isDutyLike(line) &&
    // "Inscripción vigente en el Registro de Guías": an entry on a professional roll is a credential held.
    !namesRegistration(line)
  )
}

/** An amount of money per unit of time ("$28–$34/hour", "USD 18 per class hour", "R$ 5.000 por mês"): pay. */
const PAY_RATE =
  /(?:\p{Sc}|\b[a-z]{3}\b|r\$)\s?\d[\d.,]*\s*k?(?:\s*(?:-|–|—|to|a)\s*(?:\p{Sc}|r\$)?\s?\d[\d.,]*\s*k?)?\s*(?:\/|per|an?|por|ao|al)\s*(?:[a-z]+\s)?(?:hour|hr|year|yr|month|week|annum|hora|ano|año|mes|mês)\b/u

// The employer offering something ("We offer a permanent contract", "Ofrecemos contrato indefinido", "Oferecemos vale-
// transporte"): what the reader gets, stated by its verb of giving, whatever the things given are called.
const OFFERING =
  /^(?:(?:and |in return,? )?we(?:'ll| will)? (?:offer|provide|give you)|(?:te |les |lhe )?(?:ofrecemos|oferecemos|brindamos|proporcionamos|disponibilizamos)|(?:a empresa|la empresa|the company) (?:oferece|ofrece|offers))\b/u

// What the employer says of itself rather than asks: what it is ("we are an equal opportunity employer", "somos una
// empresa ...") or stands for ("is committed to ..."), told by a verb of being right after the subject; or what it
// will not give, a refusal of a verb of giving ("we cannot sponsor visas", "no podemos patrocinar", "não oferecemos
// relocation"). A refusal of anything else insists on a requirement ("Não abrimos mão de ...", "We can't budge on").
const EMPLOYER_STANCE =
  /^\W*(?:(?:are|re|is|somos|son|sao|e|es|esta|estamos)\b|(?:[\p{L}']+\s+){0,2}?(?:committed|proud|dedicated|comprometid\p{L}*|orgulhos\p{L}*)\b|(?:[\p{L}']+\s+){0,2}?(?:not|cannot|can't|don't|doesn't|won't|unable|never|nao|no|nunca)\s+(?:[\p{L}']+\s+){0,3}?(?:offer|provid|give|sponsor|support|cover|pay|fund|accept|consider|relocat|ofrec|ofere|brind|proporcion|patrocin|apoi|apoy|cubr|cobr|pag|acept|aceit|reubic|realoc)\p{L}*)/u

// The reader addressed, or a verb of needing or looking for: the employer is asking, so the sentence is a requirement
// ("We need someone who ...", "No buscamos ..., sino ...", "We'd love it if you have ...").
const EMPLOYER_ASKS =
  /\b(?:you|your|yourself|voce|voces|seu|sua|tu|tus|usted|ustedes|need|needs|require|requires|required|expect|expects|want|wants|look|looking|seek|seeking|search|searching|hire|hiring|love|prefer|necesitamos|buscamos|procuramos|precisamos|esperamos|queremos|requerimos|exigimos|preferimos|contratamos|seleccionamos|valoramos|valorizamos|valora|valoriza|valorad[oa]|valorizad[oa]|plus|diferencial|desejavel|deseable|debe|deve|deberas|devera)\b/u

/** A capitalised name as the subject, standing for something ("Lumen Ledger is committed to employment equity"). */
const NAMED_EMPLOYER_STANCE =
  /^(?:\p{Lu}[\p{L}&'.-]*\s+){1,4}(?:is|are|é|es|está|esta)\s+(?:committed|proud|dedicated|comprometid\p{L}*|orgulhos\p{L}*|an equal)/u

// What the reader will get at the employer ("Aquí tendrás formación continua", "Here you'll get two training days a
// year", "Conosco você terá plano de carreira"): a place of the employer's, then the reader's future of receiving.
const OFFERED_TO_READER =
  /^(?:here|aqui|with us|conosco|con nosotros|com a gente|en nuestro equipo|no nosso time|na nossa equipe)\s*,?\s*(?:you(?:'ll| will) (?:get|have|receive|enjoy|find)|(?:voce )?(?:tera|recebera|vai ter|vai receber|encontrara)|tendras|recibiras|disfrutaras|encontraras|contaras con|vas a tener)\b/u

// A person's headline on a page ("Engineering Manager at Lumen Ledger", "Gerente de RH na Acme"): a job title, "at"
// and a capitalised name, with no verb.
const ROLE_AT_EMPLOYER =
  /^(?:\p{Lu}[\p{L}&/-]*\s+(?:(?:of|de|da|do|del)\s+)?){1,5}(?:at|@|en|na|no|em)\s+\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&'.-]*){0,4}$/u

function namesRoleAtEmployer(sentence: string): boolean {
  const trimmed = sentence.trim()
  const role = trimmed.split(/\s+(?:at|@|en|na|no|em)\s+/u)[0] ?? ''
  return ROLE_AT_EMPLOYER.test(trimmed) && hasTitleWord(role) && !isQualificationLike(trimmed)
}

/**
 * "We cannot sponsor visas", "Somos una empresa comprometida con la diversidad", "Lumen Ledger is committed to ...":
 * the employer states its own policy or nature, which no candidate has to meet, whatever skill its words name. Told by
 * the sentence's subject and the stance of its verb, not by its topic.
 */
function statesEmployerPolicy(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
  if (EMPLOYER_ASKS.test(folded) || ANNOUNCES_ROLE.test(folded)) return false
  if (NAMED_EMPLOYER_STANCE.test(sentence.trim())) return true
  if (LISTING_REFUSES.test(folded)) return true
  const subject = EMPLOYER_SUBJECT.exec(folded)
  if (!subject) return false
  return EMPLOYER_STANCE.test(folded.slice(subject[0].length))
}

// The listing as the subject of a refusal ("This post does not attract visa sponsorship", "Esta vaga não oferece
// relocation", "Este puesto no incluye reubicación"): the employer's policy, told of the post instead of "we".
const LISTING_REFUSES =
  /^(?:this|the|esta|este|essa|esse|a|o|la|el) (?:post|role|position|job|vacancy|opening|vaga|posicao|cargo|puesto|vacante|posicion|oferta)\s+(?:[\p{L}']+\s+){0,2}?(?:not|cannot|can't|doesn't|won't|does not|is not|nao|no)\s+(?:[\p{L}']+\s+){0,3}?(?:sponsor|visa|relocat|reubic|realoc|patrocin)\p{L}*/u

// Verbs with which the employer asks rather than states: wanting, expecting, searching, valuing.
const EMPLOYER_WANTS =
  /\b(?:need|needs|want|wants|expect|expects|require|requires|looking|seeking|searching|hiring|hope|value|love|prefer|ask|busc\w*|procur\w*|necesit\w*|precis\w*|quer\w*|quier\w*|esper\w*|valor\w*|exig\w*|requer\w*|requier\w*|pedimos|contrat\w*|seleccion\w*|gostar\w*|encantar\w*|adorar\w*)\b/u
// A thing the employer makes available ("Accommodations are available on request", "Os uniformes são fornecidos"):
// a noun subject, a copula and a verb of offering, with no person asked for anything.
const THING_OFFERED =
  /^(?:[\p{L}'-]+\s+){1,4}(?:is|are|will be|can be|esta|estao|sao|sera|serao|es|son|estan|sera|seran)\s+(?:(?:also|always|readily|tambem|tambien|siempre)\s+)?(?:available|provided|offered|included|covered|reimbursed|paid|disponive(?:l|is)|fornecid[oa]s?|oferecid[oa]s?|inclus[oa]s?|pag[oa]s?|disponibles?|proporcionad[oa]s?|ofrecid[oa]s?|incluid[oa]s?|pagad[oa]s?|cubiert[oa]s?)\b/u

/**
 * True when a sentence is the employer speaking, not asking: its subject is the employer ("We read every
 * application", "Nosotros te contactaremos", "Lemos todas as candidaturas") or a thing the employer offers
 * ("Accommodations are available on request"), and nothing in it asks the candidate for anything: no cue of kind, no
 * predicate of needing, no verb of wanting, no role announced with its needs.
 */
function isEmployerStatement(sentence: string): boolean {
  const folded = normalizeText(sentence).trim()
  // "Our ideal candidate has …" opens with "our", but its subject is the candidate; "We have 14 stores, so you should
  // travel between them" is the employer speaking, and asking.
  const employer =
    EMPLOYER_SUBJECT.test(folded) && !namesCandidate(folded) && !asksOutrightInAnyClause(folded)
  const offered = THING_OFFERED.test(folded) && !/\b(?:you|voce|tu|usted)\b/u.test(folded)
  if (!employer && !offered) return false
  // A wish that asks for no quality ("we'd love you to learn it too", "we need someone to run the servers") states
  // what the employer hopes for; its cue words are the wish's, not a requirement's.
  const wishes = EMPLOYER_WANTS.test(folded)
  // A search announced ("Buscamos jefe/a de partida …") is read as the role's title, not as the employer speaking.
  const idleWish = wishes && !ANNOUNCES_ROLE.test(folded) && !asksInAnyClause(folded)
  return (
    (readInlineKind(sentence) === null || idleWish) &&
    (findRequirementPredicate(sentence) === null || idleWish) &&
    // "Our stack is written in Go, and you will work on it daily": what the reader will do is the job, not a statement.
    !/\byou(?:'ll| will| would|'d)\b|\bvoce (?:vai|ira)\b|\b(?:vas|vais) a\b/u.test(folded) &&
    // "Não abrimos mão de experiência com folha": the employer refusing to go without a qualification asks for it.
    !(/\b(?:not|never|no|nao|nunca|won't|don't|can't)\b/u.test(folded) && isQualificationLike(sentence)) &&
    (!wishes || idleWish) &&
    !announcesRoleWithNeeds(sentence)
  )
}

// Verbs that invite the reader to a next step that is not the job ("Meet the hiring team", "Conheça a equipe", "Visita
// nuestra web"): an imperative opening a sentence that names no qualification.
const INVITES_READER =
  /^(?:meet|visit|learn|discover|follow|check out|see|read|watch|find out|conheca|visite|saiba mais|veja|acesse|siga|conoce|visita|descubre|sigue|mira|lee)\b/u

// Meeting the people behind the listing ("Conheça o time de contratação", "Conoce a tu futuro equipo", "Meet the
// team"): an invitation, even where its verb also means knowing ("conheça", "conoce").
const PEOPLE_TO_MEET =
  /^\S+\s+(?:(?:a|al|o|os|as|the|our|your|nosso|nossa|nuestro|nuestra|tu|seu|sua|futuro|futura|future)\s+){0,3}(?:team|time|equipe|equipo|recruiters?|recrutador\p{L}*|reclutador\p{L}*|hiring (?:team|manager)|gestor\p{L}*|people|pessoas|personas|lideres|leaders?)\b/u

function meetsPeople(sentence: string): boolean {
  return PEOPLE_TO_MEET.test(normalizeText(sentence.trim())) && words(sentence).length <= 8
}

// A label of other listings: a noun of listings with a word relating them to this one ("Similar jobs", "Related
// roles", "Vagas semelhantes", "Otras ofertas", "People also viewed"), then, on the same line or the next lines, their
// titles. Any titles follow such a label, so the label, not the titles, tells the block. A page copied from a table
// parts the label from the titles by a wide gap instead of a colon ("Similar jobs   Cook – Leeds · …").
const LISTING_NOUN =
  '(?:jobs?|roles?|positions?|openings?|listings?|vacanc(?:y|ies)|postings?|ads|searches|vagas?|empleos?|ofertas?|puestos?|trabajos?|oportunidades|cargos|avisos|anuncios|pesquisas|buscas|busquedas)'
const RELATING_BEFORE =
  '(?:similar|related|other|more|recommended|suggested|recent|nearby|similares|semelhantes|outr[oa]s|otr[oa]s|mais|mas|sugestoes de)'
const RELATING_AFTER =
  '(?:similares|semelhantes|relacionad[oa]s|parecid[oa]s|recomendad[oa]s|sugerid[oa]s|like this|for you|para voce|para ti|near you|nearby|(?:que|which) (?:te |you )?(?:pueden interesar|podem (?:te )?interessar|might interest you)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in))'
// Who else looked at this listing, and what they also did ("People also viewed", "Quem viu esta vaga também se
// candidatou para:", "Pessoas também viram", "Quienes vieron este empleo también vieron"): a verb of viewing or
// applying with "also" names other listings, whatever the board calls its visitors.
const VIEWERS_ALSO =
  '(?:people|those|users|candidates|pessoas|quem|quienes|quien|personas|usuarios|candidatos)\\b[^:]{0,40}?\\b(?:also|tambem|tambien)\\s+(?:viewed|applied|searched|saw|viram|vieron|se candidat\\p{L}*|se postul\\p{L}*|buscaram|buscaron|aplicaram|aplicaron)\\b'
const OTHER_LISTINGS_LABEL = new RegExp(
  `^(?:(?:${RELATING_BEFORE}\\s+){1,2}${LISTING_NOUN}(?:\\s+${RELATING_AFTER})?|${LISTING_NOUN}\\s+${RELATING_AFTER})(?:\\s+(?:in|en|em|near|cerca de|perto de|at|from|de|da|do|na|no)\\s+[^:]{1,40})?\\s*(?::|$| {2,}(?=\\S))|^${VIEWERS_ALSO}`,
  'u',
)

/** A line that labels a block of other listings, or lists them after such a label ("Similar jobs: A, B, C"). */
function labelsOtherListings(line: string): boolean {
  return OTHER_LISTINGS_LABEL.test(normalizeText(line.trim()).replace(/^[^\p{L}]+/u, ''))
}

// An invitation to use the page itself: an imperative of interacting (chat, click, download, sign up, subscribe,
// message, "fale com", "chatea con", "descarga") whose object is a part of the interface (a bot, an assistant, an
// app, a button, a link, an alert). Told by the pair, so "Chat support experience" or "Download data" is not one.
const INTERFACE_VERB =
  /^(?:please\s+)?(?:chat|talk|speak|message|text|click|tap|download|install|subscribe|sign up|sign in|log ?in|register|create|set up|turn on|enable|share|save|bookmark|follow|try|use|ask|converse|conversa|fale|falar|clique|toque|baixe|instale|assine|inscreva-se|cadastre-se|crie|ative|compartilhe|salve|siga|pergunte|chatea|habla|haz clic|pulsa|toca|descarga|instala|suscribete|registrate|crea|activa|comparte|guarda|sigue|pregunta)\b/u
const INTERFACE_OBJECT =
  /\b(?:bot|chatbot|chat ?bot|assistant|assistente|asistente|virtual|app|application form|aplicativo|aplicacion|button|botao|boton|link|enlace|alerts?|alertas?|notifications?|notificacoes|notificaciones|newsletter|widget|chat|whatsapp|telegram|messenger|profile|perfil|account|conta|cuenta|portal|page|pagina|website|site|feed)\b/u

/** "Chat with our recruiting bot", "Crie um alerta de vagas", "Descarga nuestra app": the page inviting its reader. */
function invitesToInterface(line: string): boolean {
  // "Questions? Chat with our bot": a one-word question before the invitation only introduces it.
  const folded = normalizeText(line.trim())
    .replace(/^[^\p{L}]+/u, '')
    .replace(/^[¿]?[\p{L}']+(?: [\p{L}']+)?\?\s+/u, '')
  const verb = INTERFACE_VERB.exec(folded)
  if (!verb || words(line).length > 16) return false
  const after = folded.slice(verb[0].length).split(/\s+/u).slice(0, 7).join(' ')
  return INTERFACE_OBJECT.test(after) && !isQualificationLike(line) && !isDutyLike(line)
}

// An equal-opportunity statement, told by what it says rather than its wording: discrimination denied ("no
// discrimina", "não discriminamos", "does not discriminate"), an opportunity declared equal ("equal opportunity
// employer", "igualdad de oportunidades"), or a hiring made without regard to who the person is ("sin distinción de",
// "sem distinção de", "without regard to"). A policy of the employer, never something a candidate meets.
const EQUAL_OPPORTUNITY =
  /\b(?:not|never|no|nao|nunca|ni|without|sin|sem)\s+(?:[\p{L}']+\s+){0,3}?discrimin\p{L}*|\bequal(?:ly)?[- ](?:opportunit\p{L}*|employment)\b|\baffirmative action\b|\bigualdad(?:e)? de (?:oportunidades|trato|condiciones|condicoes)\b|\b(?:without regard to|regardless of (?:race|colou?r|gender|sex|age|religion|origin|disability|sexual)|sin (?:distincion|importar) (?:de|su)|sem (?:distincao|distincoes) de|independientemente de (?:su )?(?:raza|genero|sexo|edad|religion|origen)|independentemente de (?:raca|genero|sexo|idade|religiao|origem))\b/u

/** True when a line is an equal-opportunity statement and asks nothing of the candidate. */
export function statesEqualOpportunity(line: string): boolean {
  const folded = normalizeText(line)
  // "Any other characteristic protected by law" closes the list of grounds; it is no law the candidate must know.
  const grounds = folded.replace(
    /\b(?:protected|prohibited|covered) (?:by|under) (?:(?:applicable|federal|state|provincial|local|the|any|all|and|or)\s+)*laws?\b|\bprotegid\p{L}* (?:por|pela|en|na) (?:la |a )?(?:ley|lei|legislac\p{L}*)\b/gu,
    ' ',
  )
  return (
    EQUAL_OPPORTUNITY.test(folded) &&
    !/\b(?:knowledge|experience|conhecimento|experiencia|conocimiento|familiarity|understanding|law|laws|legislation|legislacao|legislacion|compliance)\b/u.test(
      grounds,
    )
  )
}

// When the listing was posted or refreshed ("Publicado hace 3 días", "Posted 2 weeks ago", "Atualizada há 5 horas",
// "Reposted today"): the listing's age, told by a verb of publishing with a time, or a time counted back.
const LISTING_AGE =
  /^(?:(?:re)?(?:posted|published|updated|listed)|(?:re)?publicad[oa]|actualizad[oa]|atualizad[oa]|postad[oa]|anunciad[oa]|criad[oa]|cread[oa])\b[^.]{0,20}?\b(?:ago|today|yesterday|just now|hace|ha|atras|hoy|ayer|hoje|ontem|em|el|on|\d)|^(?:hace|ha)\s+(?:\d+|un[oa]?|uma?)\s+(?:minutos?|horas?|dias?|semanas?|meses|mes|anos?)$|^\d+\+?\s*(?:minutes?|hours?|days?|weeks?|months?|[hdw])\s+ago$/u

/** True when the line at `index` stands over a bullet list that its words head as what is asked or wished for. */
function headsAskedList(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index]
  const next = lines[index + 1]
  if (!line || !next || isBulletLine(line.text) || !isBulletLine(next.text)) return false
  const section = readHeadingLine(line.text, true)?.section
  return section === 'required' || section === 'nice_to_have'
}

function statesListingAge(line: string): boolean {
  const folded = normalizeText(line.trim()).replace(/^[^\p{L}\d]+/u, '')
  return words(line).length <= 8 && (LISTING_AGE.test(folded) || datesPost(folded))
}

// A post's age in a social feed's short units: "6 h", "2 d", "3 sem", "1 w", "15 min".
const SHORT_AGE = /^\d{1,2}\s*(?:min|h|hr|hrs|d|w|sem|m)$/u

/**
 * A social post's byline ("Colaborador destacado · 6 h · 🌐", "2 d · 🌎"): a few short parts joined by middle dots,
 * one of them the post's age in a feed's short units. It dates the post and names no section.
 */
function datesPost(folded: string): boolean {
  const parts = folded.split(/\s+[·•|]\s+/u).map((part) => part.trim())
  return (
    parts.length >= 2 &&
    parts.some((part) => SHORT_AGE.test(part)) &&
    parts.every((part) => part.split(/\s+/u).length <= 3)
  )
}

// When in the working week a sentence is set ("Most days", "Every morning", "No dia a dia", "En el día a día"):
// before the reader's future, it opens a description of the job's days.
const WORKDAY_LEAD =
  /^(?:(?:on )?(?:most|some|many|other) (?:days|mornings|shifts|weeks)|every (?:day|morning|shift|week)|each (?:day|shift|week)|day to day|on a typical day|on any given day|no dia a dia|no dia-a-dia|todos os dias|en el dia a dia|a diario|cada dia|todos los dias),?\s+/u

/**
 * "Most days you will be mowing, edging and clearing walkways", "Te encargarás de la caja y del inventario": the job
 * told in the reader's future, with no cue of a requirement, no predicate of needing and no qualification noun: the
 * work, not what it asks.
 */
function describesWorkday(sentence: string): boolean {
  const lead = WORKDAY_LEAD.exec(normalizeText(sentence.trim()))
  const rest = sentence.trim().slice(lead?.[0].length ?? 0)
  const spelledFuture = /^(?:you(?:'ll| will)|voce (?:vai|ira)|(?:vas|va) a|te encargaras)\b/u.test(
    normalizeText(rest),
  )
  if (!lead && !spelledFuture && !opensWithReaderFuture(rest)) return false
  // A future told by the verb's ending ("Trabajarás en turnos rotativos", "Viajarás a obras") may state a condition
  // of the job, which is confirmed with the candidate: only the plain work is set aside.
  if (
    !lead &&
    !spelledFuture &&
    (statesJobCondition(rest) ||
      readConditionSubject(normalizeText(rest)) !== null ||
      /^(?:voce\s+)?(?:viaj|desloc|mud|trabalh|trabaj|turn)/u.test(normalizeText(rest)))
  )
    return false
  return (
    isDutyLike(rest) &&
    // "You will travel to sites across three counties": travel is a condition of the job, confirmed with the
    // candidate like any other, even when told as part of the workday.
    readConditionSubject(normalizeText(rest)) !== 'travel' &&
    // So are the body's effort and the other conditions ("You'll be lifting sheet goods up to 50 lb").
    !leadsWithJobCondition(rest) &&
    // The verb after "you will" is the work's ("you will help with …"), never a cue of a kind.
    readInlineKind(rest.replace(/\byou(?:'ll| will)(?: also)? (?:be )?\p{L}+/giu, ' ')) === null &&
    findRequirementPredicate(rest) === null &&
    // "Você pilotará uma moto e precisará de curso de motofrete": the work, then a need joined to it, which is asked.
    findNeedAfterWork(rest) === null &&
    !/\b(?:must|required|need|needs|obrigatori\p{L}*|imprescindi\p{L}+|indispensa\p{L}+)\b/u.test(
      normalizeText(rest),
    ) &&
    !/\b(?:experience[ds]?|experiencia|degree|knowledge|conhecimento|conocimiento|certifi\p{L}*|licen[cs]\p{L}*)\b/u.test(
      normalizeText(rest),
    )
  )
}

/**
 * A sentence inside a posting's line that is furniture on its own: pay ("Pay is $28–$34/hour depending on
 * experience.") or a call to apply ("If you meet most of them, please apply."). Lines are checked whole by
 * `findPageFurniture`; prose lines mix such sentences with the role's, so the parser asks again per sentence.
 */
export function sentenceFurniture(sentence: string): FurnitureReason | null {
  const text = sentence.trim()
  // "We care about how you treat people: be professional with clients, ...": how the person is to work is asked,
  // though the employer speaks.
  if (findConductQualities(text) !== null) return null
  if (listsContractFields(text)) return 'benefits'
  if (readsAsMailWrapping(text) || tellsRecruiterContext(text)) return 'narrative'
  if (statesHiringNotice(text)) return 'company'
  if (readsAsPostResidue(text)) return 'interface'
  const labelled = labelsOwnContent(text)
  if (labelled) return labelled
  if (statesEmploymentTerms(text)) return 'benefits'
  if (statesEqualOpportunity(text)) return 'company'
  if (statesListingAge(text)) return 'metadata'
  if (labelsOtherListings(text)) return 'title-list'
  if (invitesToInterface(text)) return 'call-to-action'
  if (isPageWidget(text)) return 'interface'
  if (isMoneyRow(text) || (PAY_RATE.test(normalizeText(text)) && words(text).length <= 16)) return 'salary'
  if (statesPay(text)) return 'salary'
  if (runsHiringProcess(text) || isBoardWidget(text)) return 'call-to-action'
  // "Disponibilidad de viajar: No": the board's field says the job does not ask it.
  if (answersFieldNo(text)) return 'metadata'
  if (warnsOfFraud(text)) return 'call-to-action'
  if (comparesReaderProfile(text)) return 'interface'
  if (notesListingByBoard(text) || statesHiringStatus(text)) return 'call-to-action'
  if (describesClient(text)) return 'narrative'
  if (isChromeOrCallToAction(text)) return 'call-to-action'
  if (
    OFFERING.test(normalizeText(text)) ||
    OFFERED_TO_READER.test(normalizeText(text).replace(LEADING_CONDITION, ''))
  )
    return 'benefits'
  if (namesRoleAtEmployer(text)) return 'title'
  if (statesEmployerPolicy(text)) return 'company'
  if (tellsFounding(text)) return 'company'
  // "Somos uma construtora com 30 anos de mercado": the employer's own years are its history, not a tenure asked for.
  if (statesEmployerYears(text) && !asksOutrightInAnyClause(normalizeText(text))) return 'company'
  if (describesEmployer(text) || invitesToJoin(text)) return 'company'
  if (describesEmployerByNoun(text)) return 'company'
  if (describesBusinessByAge(text)) return 'company'
  if (describesJobBoard(text)) return 'interface'
  if (callsToShare(text)) return 'call-to-action'
  if (listsPerks(text) || labelsScheduleRow(text)) return 'benefits'
  if (announcesRoleForWork(text)) return 'title'
  if (describesWorkday(text)) return 'narrative'
  // What the employer says of the job rather than asks: what the pay depends on, how to apply or be interviewed, the
  // people the job deals with, where the work is done, the training new hires get, a search that names only the role.
  if (statesPayBasis(text)) return 'salary'
  if (givesApplicationLogistics(text) || tellsHowToReach(text) || namesContactNumber(text))
    return 'call-to-action'
  if (tellsOfOthers(text) || placesTheWork(text)) return 'narrative'
  if (describesOnboarding(text)) return 'benefits'
  if (announcesBareSearch(text)) return 'title'
  if (isEmployerStatement(text)) return 'company'
  if (statesApplicationHandling(text) || notesHiringTerms(text)) return 'call-to-action'
  if (INVITES_READER.test(normalizeText(text)) && (!isQualificationLike(text) || meetsPeople(text)))
    return 'call-to-action'
  // "Buscamos jefe/a de partida para nuestra partida de carnes": the role announced, not a qualification asked.
  if (
    ANNOUNCES_ROLE.test(normalizeText(text)) &&
    (hasTitleWord(text) || GENDERED_ROLE.test(text)) &&
    !isQualificationLike(text) &&
    !announcesRoleWithNeeds(text)
  )
    return 'title'
  return null
}

// The fields of a board's job-details box, a closed class of the contract's nouns ("Job type:", "Pay:", "Benefits:",
// "Schedule:", "Tipo de puesto:", "Horario:", "Regime de contratação:").
const CONTRACT_FIELD =
  /(?:^|[\s·|])(?:job type|employment type|contract type|pay|salary|compensation|benefits|schedule|shifts?|hours|work (?:location|setting|schedule)|tipo de (?:puesto|empleo|contrato|vaga|contratacao|jornada)|salario|sueldo|remuneracao|remuneracion|beneficios|horario|jornada|lugar de trabajo|local de trabalho|regime(?: de contratacao)?|modalidad(?:e)?(?: de trabajo| de trabalho)?)\s*:/gu

/**
 * "Job Type: Full-time Pay: $22 - $30 per hour Benefits: 401(k), … Schedule: 8 hour shift": three or more fields of
 * the contract in one span, a job-details box whose line breaks were lost. Each field is the offer, so the span is.
 */
function listsContractFields(span: string): boolean {
  const fields = new Set(
    [...normalizeText(span).matchAll(CONTRACT_FIELD)].map((match) =>
      match[0].replace(/^[\s·|]+|\s*:$/gu, ''),
    ),
  )
  return fields.size >= 3
}

/**
 * "Tus tareas: vigilancia, primeros auxilios …", "What you get: 25 days off, a pension …" inside a paragraph: a label of
 * the work, the offer or the employer, then its content, is that section's however the line around it opened. Only a
 * label read at the line's start was seen before; a label of what is asked keeps its items.
 */
function labelsOwnContent(sentence: string): FurnitureReason | null {
  const label = readInlineLabel(sentence)
  if (!label) return null
  const content = sentence.slice(label.contentOffset)
  if (findRequirementPredicate(content) !== null || readInlineKind(content) !== null) return null
  if (label.section === 'responsibilities') return 'narrative'
  if (label.section === 'benefits') return 'benefits'
  if (label.section === 'company') return 'company'
  return null
}

// Employment terms: the nouns that name what an employer gives (contract, pay, benefits, hours). A closed class, so a
// line made only of them ("Contratação CLT, bônus anual, VR e VT", "Salario: a convenir") is read as the offer by its
// structure, whatever the employer calls it; an open list of things offered would drift into tuning on postings.
const EMPLOYMENT_TERM =
  /\b(?:pension(?: scheme| plan)?|previdencia privada|(?:health|dental|life|medical) (?:insurance|plan|cover)|seguro (?:medico|de salud|de vida|dental)|plano (?:de saude|odontologico)|assistencia medica|contracts?|contrato|contratacao|contratacion|clt|pj|permanent|permanente|temporary|fixed[- ]term|indefinido|(?:tiempo|plazo|prazo) (?:in)?determinado|indeterminado|temporal|efetivo|freelance|full[- ]?time|part[- ]?time|tiempo (?:completo|parcial)|medio tiempo|meio periodo|tempo integral|jornada|salary|salaries|salari(?:o|os|es)|pay|wages?|remuneracao|remuneracion|sueldos?|bonus(?:es)?|bonos?|bonificacao|bonificacion|plr|vr|vt|va|vale(?:[- ](?:refeicao|transporte|alimentacao))?|ticket|benefits?|beneficios|plano de saude|seguro|health insurance|dental|401k|pto|paid (?:time off|leave)|vacations?|ferias|vacaciones|aguinaldo|prestaciones|commissions?|comision|comissao|stipend|a convenir|a combinar|negotiable|negociable|negociavel|days? off|time off|day-off|birthday off|(?:bank |public )?holidays|feriados|festivos|folgas?|dias? de folga|dias? libres?|gympass|wellhub|totalpass|cesta basica|auxilio[- ](?:creche|home office|educacao|combustivel|alimentacao|refeicao|academia)|convenio (?:medico|odontologico))\b/u
// What may stand beside the terms without asking anything: amounts, hours, days of the week, frequency words, and
// the kind of cover a plan gives when it is joined to the plan named before ("plano de saúde e odontológico").
const TERM_DETAIL =
  /^(?:(?:[\p{Sc}\d.,/+-]+h?|r\$|per|an?|hour|hr|hours|horas|semanais|semanales|weekly|monthly|annual|anual|mensal|mensual|monday|tuesday|wednesday|thursday|friday|saturday|sunday|to|a|de|da|do|e|y|and|segunda|sexta|sabado|lunes|viernes|type|tipo|modalidade|modalidad|regime|regimen|of|com|con|with|the|yearly|semestral|odontologic[oa]s?|medic[oa]s?|competitive|competitivo|atractivo|atrativo|compatibles?|compativel|compativeis|o|el|la|los|las|mercado|market|rate|plus|week|weeks|semana|month|mes|year|ano|hourly|daily|diario|quincenal|ate|up|hasta|segun|convenio|acordo|coletivo|colectivo|no|on|your|seu|sua|tu|su|por|birthday|aniversario|cumpleanos)(?:\s+|$))+$/u

/**
 * True when a line only lists employment terms the employer gives ("Contratação CLT, bônus anual, VR e VT", "Jornada
 * 44h semanais", "Full-time, Monday to Friday, $22/h"): the offer, with nothing asked of the candidate. A schedule the
 * candidate must accept ("must be available weekends") has a cue of its own and stays a condition of the job.
 */
function statesEmploymentTerms(line: string): boolean {
  const folded = normalizeText(line).replace(/[.!]+$/u, '')
  // "Bônus" is a cue of a plus as well as a term of pay: the cue is read on the line without its terms.
  if (
    readInlineKind(folded.replace(new RegExp(EMPLOYMENT_TERM.source, 'gu'), ' ')) !== null ||
    findRequirementPredicate(line) !== null ||
    isQualificationLike(line) ||
    isDutyLike(line) ||
    /\b(?:you|voce|tu|usted|must|availab\w*|disponib\w*|willing|dispost[oa]|dispuest[oa])\b/u.test(folded)
  )
    return false
  // A row's label ("Tipo de puesto: …", "Job type: …", "Regime: …") names the field its terms fill, unless it names
  // what is asked.
  const row = /^([^:]{2,30}):\s*(\S.*)$/u.exec(folded)
  const labelled =
    row !== null &&
    words(row[1] ?? '').length <= 4 &&
    !['required', 'nice_to_have'].includes(classifyHeading(row[1] ?? '') ?? '')
  const body = labelled ? (row?.[2] ?? folded) : folded
  const items = body.split(/\s*[,;:·|]\s*|\s+(?:and|e|y|&|\+)\s+/u).filter((item) => item.length > 0)
  if (items.length === 0 || !items.some((item) => EMPLOYMENT_TERM.test(item))) return false
  // Each item is a term with its details (an amount, hours, days, a period): a word of anything else ("benefits
  // *administration*", "Spanish is a bonus") may name an ask.
  const terms = new RegExp(EMPLOYMENT_TERM.source, 'gu')
  return items.every((item) => {
    const rest = item.replace(terms, ' ').trim()
    return rest.length === 0 || TERM_DETAIL.test(rest)
  })
}

/**
 * "Procuramos um técnico com registro no MTE", "We're looking for a nurse with ICU experience": the role announced,
 * then what it needs after "with" / "com" / "con". Such a sentence asks for what follows.
 */
export function announcesRoleWithNeeds(sentence: string): boolean {
  const folded = normalizeText(sentence)
  return ANNOUNCES_ROLE.test(folded) && NEEDS_AFTER_WITH.test(folded)
}

// "with" taking what the person must bring; "con posibilidad de pasar a fijo", "with the option to extend", "com
// contrato CLT" take what the job offers, which asks nothing.
const NEEDS_AFTER_WITH =
  /\s(?:with|com|con)\s(?!(?:(?:a|an|the|la|el|o|uma?|una?)\s+)?(?:posibilidad|possibilidade|possibility|options?|opcion|opcao|chance|oportunidad|oportunidade|opportunit\p{L}*|contrato|contract|incorporacion|incorporacao|start)\b)/u

/**
 * A sentence opening by announcing a search ("We're looking for", "Buscamos", "Procuramos", "Estamos contratando"),
 * after a few words of news joined to it ("We're growing and we're hiring…", "Estamos crescendo e buscamos…").
 */
// A phrase of purpose or place may come first ("For our new depot in Leeds we're hiring …", "Para nuestro hotel en
// Adeje buscamos …", "Para a loja do centro procuramos …").
const ANNOUNCES_ROLE =
  /^(?:(?:for|para|pra|in|en|em|at|no|na)\s+(?:our|the|this|nuestr[oa]s?|noss[oa]s?|el|la|o|a|este|esta|esse|essa)\s+[^,.;:!?]{1,80}?,?\s+(?=we\b|\p{L}+(?:amos|emos|imos)\b|estamos\b))?(?:(?:\p{L}+\s+){1,3}(?:and|e|y|so)\s+)?(?:we(?:'re| are)? (?:looking for|hiring|seeking|searching for)|buscamos|procuramos|contratamos|seleccionamos|estamos (?:buscando|procurando|contratando|em busca de|en busca de))\b/u

// A noun written with both its genders ("camareros/as", "abogado/a", "cozinheiro(a)", "vendedor/a"): how PT and ES
// postings name the role they announce, whatever the trade.
const GENDERED_ROLE = /\p{L}{3,}(?:o|os|or|ores|e|es)\s?(?:\/\s?|\()(?:a|as|ra|ras)\b/u

/** "Sales Manager · Acme", "Junior Analyst – Warsaw": a role and a place or employer, the shape of a job listing. */
function isListing(line: string): boolean {
  const parts = line.trim().split(/\s+[·•–—|-]\s+/u)
  if (parts.length < 2 || parts.length > 3) return false
  return (
    parts.every((part) => words(part).length <= 5) &&
    (hasTitleWord(parts[0] ?? '') || namesCapitalisedRole(parts[0] ?? '')) &&
    !/[.!?]$/.test(line.trim())
  )
}

/**
 * "Court Reporter", "Wind Turbine Technician": a capitalised name whose last word is a person by its first sense, the
 * head of an English role's name, though no list of role words has it.
 */
function namesCapitalisedRole(part: string): boolean {
  const names = part.trim().split(/\s+/u)
  const head = names[names.length - 1] ?? ''
  return names.length <= 4 && names.every((name) => /^\p{Lu}/u.test(name)) && isRoleHead(head)
}

/**
 * "Auxiliar de Biblioteca · Colégio Central", "Sales Rep – Lisbon · 3 days ago": a listing's parts (a title, an
 * employer, a place, an age) joined by separators, with no sentence in it. Read only under a label of other listings.
 */
function isListingShaped(line: string): boolean {
  const trimmed = line.trim()
  const parts = trimmed.split(/\s+[·•–—|>-]\s+/u)
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((part) => words(part).length <= 6) &&
    !isBulletLine(trimmed) &&
    !/[.!?;:]$/u.test(trimmed)
  )
}

/**
 * Breadcrumbs: three or more short segments joined by path separators ("Home/Roles/Data Engineer") that are not a
 * list of skills ("Python/Scala/C++").
 */
function isBreadcrumb(line: string, taxonomy: Taxonomy): boolean {
  if (isBulletLine(line) || /[.!?;:,]$/.test(line.trim())) return false
  const segments = line.trim().split(/\s*(?:\/|>|›|»|\|)\s*|\s+[·•]\s+/u)
  if (
    segments.length < 3 ||
    segments.some((segment) => words(segment).length > 5 || !/^[\p{Lu}\p{N}]/u.test(segment))
  )
    return false
  const skillSegments = segments.filter((segment) => skillShare(segment, taxonomy) >= 0.6).length
  return skillSegments < segments.length / 2
}

/**
 * Buttons and tabs pasted without spaces ("Start for FreeView Plans", "TechnologyHigh Demand"): a word where a
 * lower-case letter runs into a capitalised word, which the taxonomy does not know as one name (PyTorch, GitHub).
 */
function hasGluedWords(line: string, taxonomy: Taxonomy): boolean {
  // Tabs glued together ("SaveShare Job") are labels; a phrase with its function words ("Comfort with billing
  // software such as PracticePro") is a sentence that names a product written in camel case.
  if (words(line).some((word) => SMALL_WORDS.has(word))) return false
  for (const word of words(line)) {
    if (!/\p{Ll}\p{Lu}\p{Ll}/u.test(word)) continue
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}\p{N}+#]+$/gu, '')
    const matches = findSkills(bare, taxonomy)
    const whole = matches.some((match) => match.surface.length >= bare.length - 1)
    if (!whole) return true
  }
  return false
}

/** A short line reading as a title or label: no sentence punctuation, no bullet, few words. */
function isShortLabel(line: string): boolean {
  const trimmed = line.trim()
  return (
    words(trimmed).length <= 6 &&
    !/[.!?;:,]$/.test(trimmed) &&
    !isBulletLine(trimmed) &&
    /^\p{Lu}/u.test(trimmed)
  )
}

// What a board's widget shows under its title: counts, dates, links, buttons.
const WIDGET_ROWS: ReadonlySet<FurnitureReason> = new Set(['metadata', 'interface', 'call-to-action'])

/**
 * A board's widget has a title over its rows ("Hiring insights" over "Hiring 2 candidates", "Job activity", "Posted 3
 * days ago"): a short label opening a paragraph (or under the page's other frame) whose other lines are all set aside as the page's rows, or are short
 * labels of their own, with at least two rows among them. The title names the widget, not an ask, whatever its words.
 */
function headFurnitureBlocks(lines: readonly PageLine[], reasons: Map<number, FurnitureReason>): void {
  for (const [index, line] of lines.entries()) {
    // The widget opens a paragraph, or follows another piece of the page's frame ("Report job").
    const opens = index === 0 || line.blankBefore || reasons.has(index - 1)
    if (reasons.has(index) || !opens || line.blankAfter) continue
    if (
      !isShortLabel(line.text) ||
      classifyHeading(line.text.trim()) !== null ||
      isQualificationLike(line.text)
    )
      continue
    let rows = 0
    let next = index + 1
    for (; next < lines.length; next++) {
      const below = lines[next] as PageLine
      if (next > index + 1 && below.blankBefore) break
      const reason = reasons.get(next)
      if (reason !== undefined && WIDGET_ROWS.has(reason)) rows += 1
      else if (reasons.has(next) || !isShortLabel(below.text)) break
    }
    const ended = next >= lines.length || (lines[next] as PageLine).blankBefore
    if (ended && rows >= 2) reasons.set(index, 'interface')
  }
}

/** A short label line standing alone between blank lines, the shape of an undecorated web-page heading. */
export function isStandaloneLabel(line: PageLine): boolean {
  const trimmed = line.text.trim()
  return (
    line.blankBefore &&
    line.blankAfter &&
    words(trimmed).length <= 8 &&
    !/[.!?;,]$/.test(trimmed) &&
    !isBulletLine(trimmed) &&
    /^[\p{Lu}\p{N}]/u.test(trimmed)
  )
}

const SMALL_WORDS = new Set(
  'and the for with from into our your you are has have that this who what how e de do da dos das em com para y del los las con por'.split(
    ' ',
  ),
)

/** The words of a line, lower-cased and accent-folded, three letters or more, without small function words. */
function contentWords(line: string): string[] {
  return (normalizeText(line).match(/\p{L}{3,}/gu) ?? []).filter((word) => !SMALL_WORDS.has(word))
}

/** True when most words of three letters or more are capitalised, the shape of a title rather than a sentence. */
function isTitleCased(line: string): boolean {
  const words = line.match(/\p{L}{3,}/gu) ?? []
  if (words.length === 0) return false
  return words.filter((word) => /^\p{Lu}/u.test(word)).length >= Math.ceil(words.length * 0.6)
}

/**
 * Runs of three or more consecutive short label lines that repeat a word ("Junior ML Engineer", "Senior ML
 * Engineer", ...) are a career ladder or a list of related roles, not requirements: a list of skills rarely repeats
 * a word from line to line.
 */
function findTitleRuns(lines: readonly PageLine[], taxonomy: Taxonomy): Set<number> {
  const found = new Set<number>()
  let index = 0
  while (index < lines.length) {
    let end = index
    while (
      end < lines.length &&
      isShortLabel((lines[end] as PageLine).text) &&
      isTitleCased((lines[end] as PageLine).text) &&
      classifyHeading((lines[end] as PageLine).text) === null &&
      !isQualificationLike((lines[end] as PageLine).text) &&
      (end === index || !(lines[end] as PageLine).blankBefore)
    )
      end += 1
    const run = lines.slice(index, end)
    if (run.length >= 3) {
      const counts = new Map<string, number>()
      for (const line of run)
        for (const word of new Set(contentWords(line.text))) counts.set(word, (counts.get(word) ?? 0) + 1)
      const repeated = Math.max(0, ...counts.values())
      const skillLike = run.filter((line) => skillShare(line.text, taxonomy) >= 0.8).length
      if (repeated >= Math.ceil(run.length * 0.6) && skillLike < run.length / 2)
        for (let position = index; position < end; position += 1) found.add(position)
    }
    index = Math.max(end, index + 1)
  }
  return found
}

/** The applicant speaking in the first person singular at the start of a question (EN, PT, ES). */
const APPLICANT_QUESTION =
  /^[¿]?(?:(?:can|could|do|does|should|will|would|may|must|am|is|are|how|what|when|where|which)\s+(?:\w+\s+){0,2}i\b|(?:posso|preciso|devo|tenho|puedo|necesito|debo|tengo)\b)/u

export function asksAsApplicant(line: string): boolean {
  return APPLICANT_QUESTION.test(normalizeText(line.trim()))
}

/** An obligation put to the reader: "you must", "you need to", "é obrigatório", "es imprescindible". */
const STATES_A_MUST =
  /\byou (?:must|need to|will need|are required|should have)\b|\b(?:required|obrigatori[oa]|imprescindivel|imprescindible|necesario|necessario)\b/u

/** True when a line puts an obligation to the reader ("…insurance is required", "você precisa ter…"). */
export function statesAMust(line: string): boolean {
  return STATES_A_MUST.test(normalizeText(line))
}

/** A line that asks (ends with a question mark) or opens with a question it then answers ("Remote? Yes, fully."). */
function isQuestion(line: string): boolean {
  return !isBulletLine(line) && readQuestion(line) !== null
}

/**
 * "Número de vacantes: 2", "Seniority level: Mid-Senior level": a short label and a short value that name neither a
 * skill nor a qualification are the listing's metadata.
 */
function isMetadataShape(line: string): boolean {
  const match = /^([^:]{2,30}):\s*(.{1,40})$/u.exec(line.trim())
  if (!match || isBulletLine(line)) return false
  const [, key = '', value = ''] = match
  if (STATES_A_MUST.test(normalizeText(key))) return false
  return (
    words(key).length <= 3 &&
    words(value).length <= 5 &&
    classifyHeading(key) === null &&
    !isQualificationLike(line)
  )
}

// Labels under which a board files the listing itself ("Palabras clave: …", "Setores: Ensino superior", "Industries:
// …", "Categoría: …"): the board's index, whatever values it lists.
const LISTING_INDEX_LABEL =
  /^(?:key ?words?|palabras? clave|palavras?[- ]chave|tags|etiquetas|categor(?:y|ies|ia|ias)|sectors?|setor(?:es)?|sector(?:es)?|industr(?:y|ies|ia|ias)|ramos?(?: de atividade| de actividad)?)\s*:\s*\S/u

/** True when a line is a label of the board's index for the listing, with its values. */
function labelsListingIndex(line: string): boolean {
  return (
    !isBulletLine(line) && LISTING_INDEX_LABEL.test(normalizeText(line.trim()).replace(/^[^\p{L}]+/u, ''))
  )
}

function isMetadata(line: string, taxonomy: Taxonomy): boolean {
  const match = /^([^:]{2,30}):\s*(.{1,40})$/u.exec(line.trim())
  if (!match || isBulletLine(line)) return false
  const [, key = '', value = ''] = match
  // "Imprescindible residente en: Provincia de Valencia" states a must, whatever its shape.
  if (STATES_A_MUST.test(normalizeText(key))) return false
  if (words(key).length > 3 || words(value).length > 5) return false
  if (classifyHeading(key) !== null || isQualificationLike(line)) return false
  return findSkills(line, taxonomy).length === 0
}

// A line that names questions put to the applicant ("Employer questions", "Responda às perguntas abaixo:"): the
// lines under it that ask are the application form's, whatever they name.
const NAMES_QUESTIONS = /\b(?:questions?|questionnaire|perguntas?|questionario|preguntas?|cuestionario)\b/u

/** The text of a line without its bullet, or the line. */
function withoutBullet(text: string): string {
  return text.replace(BULLET, '').replace(EMOJI_BULLET, '').trim()
}

/** True when a line asks a question: it ends with one, or with a question and an aside listing its choices. */
function asksQuestion(text: string): boolean {
  const body = withoutBullet(text)
  return /\?\s*(?:\([^()]*\))?\s*$/u.test(body) || readQuestion(body) !== null
}

/**
 * The lines of a block of screening questions: a short label or a lead-in ending in a colon that names questions,
 * over a run of at least two lines that ask, bulleted or not. A board copies the form's questions under the posting
 * ("How many years' experience do you have as a welder?"); they ask the applicant to answer, which no requirement
 * does, though they name the things the requirements name. The lead-in and its label go with them.
 */
function findScreeningQuestions(lines: readonly PageLine[]): number[] {
  const found: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const lead = lines[index]?.text.trim() ?? ''
    if (asksQuestion(lead) || !NAMES_QUESTIONS.test(normalizeText(lead))) continue
    if (!/:\s*$/u.test(lead) && words(lead).length > 4) continue
    let next = index + 1
    // A label ("Employer questions") may stand over the lead-in ("… would like you to answer these questions:").
    const second = lines[next]?.text.trim() ?? ''
    const leads = [index]
    if (!asksQuestion(second) && NAMES_QUESTIONS.test(normalizeText(second)) && /:\s*$/u.test(second)) {
      leads.push(next)
      next++
    }
    const from = next
    while (
      next < lines.length &&
      asksQuestion(lines[next]?.text ?? '') &&
      (next === from || !lines[next]?.blankBefore)
    )
      next++
    if (next - from < 2) continue
    found.push(...leads)
    for (let asked = from; asked < next; asked++) found.push(asked)
    index = next - 1
  }
  return found
}

/**
 * Finds the lines of a pasted page that are not the posting: navigation, figures, salary tables, glued buttons,
 * career ladders and question-and-answer blocks. Works on the shape of lines, not on page phrases, so it holds on
 * pages it has never seen. `isHeading` lets a question that names a known section ("Who are you?") stay a heading.
 */
export function findPageFurniture(
  lines: readonly PageLine[],
  taxonomy: Taxonomy,
  text?: string,
): Map<number, SetAside['reason']> {
  const reasons = new Map<number, SetAside['reason']>()
  const titleRuns = findTitleRuns(lines, taxonomy)
  const navigation = text === undefined ? new Set<number>() : findNavigationRun(lines, taxonomy, text)
  // The signature and the notices that end a message, each a run of lines (see findMailFooter).
  const mailFooter = findMailFooter(lines)
  // Page numbers and the header or footer a PDF repeats on every page (see findRunningFurniture).
  const running = findRunningFurniture(lines)
  // The other ads of a classifieds page pasted whole (see findOtherAds).
  const otherAds = findOtherAds(lines)
  // The place, the date and the signature an official notice ends with (see findNoticeClosing).
  const closing = findNoticeClosing(lines)
  let answering = false
  let contentSeen = false
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !reasons.has(index - 1)) contentSeen = true
    if (navigation.has(index)) {
      reasons.set(index, 'navigation')
      continue
    }
    if (running.has(index)) {
      reasons.set(index, 'running-header')
      continue
    }
    if (closing.has(index)) {
      reasons.set(index, 'narrative')
      continue
    }
    if (otherAds.has(index)) {
      reasons.set(index, 'title-list')
      continue
    }
    if (mailFooter.has(index)) {
      reasons.set(index, 'narrative')
      continue
    }
    const text = line.text.trim()
    if (isNumbersOnly(text)) {
      reasons.set(index, 'numbers')
      continue
    }
    if (isHashtagRow(text) || repliesByMention(text)) {
      reasons.set(index, 'metadata')
      continue
    }
    // Pay, the hiring process and the client are read on a line of one sentence: in a line of several, the
    // sentences are read one by one (`sentenceFurniture`), so one that asks is kept.
    const oneSentence = !/[.!?]\s+[\p{Lu}¿¡]/u.test(text)
    if (isMoneyRow(text) || (oneSentence && statesPay(text))) {
      reasons.set(index, 'salary')
      continue
    }
    if ((oneSentence && runsHiringProcess(text)) || isBoardWidget(text)) {
      reasons.set(index, 'call-to-action')
      continue
    }
    // A board's field answered "No" ("Travel required: No") asks nothing, however its label reads.
    if (answersFieldNo(text)) {
      reasons.set(index, 'metadata')
      continue
    }
    if (oneSentence && (warnsOfFraud(text) || statesApplicationHandling(text))) {
      reasons.set(index, 'call-to-action')
      continue
    }
    // The e-mail a posting was forwarded in, the search's own context, and the notices appended to every listing
    // speak about the hiring, not to the candidate.
    if (oneSentence && (readsAsMailWrapping(text) || tellsRecruiterContext(text))) {
      reasons.set(index, 'narrative')
      continue
    }
    if (oneSentence && statesHiringNotice(text)) {
      reasons.set(index, 'company')
      continue
    }
    if (readsAsPostResidue(text)) {
      reasons.set(index, 'interface')
      continue
    }
    if (notesListingByBoard(text) || statesHiringStatus(text)) {
      reasons.set(index, 'call-to-action')
      continue
    }
    if (truncatesBoardList(text) || isPageWidget(text)) {
      reasons.set(index, 'interface')
      continue
    }
    if (oneSentence && comparesReaderProfile(text)) {
      reasons.set(index, 'interface')
      continue
    }
    // "Role: …   Industry: …   Department: …" is the board's record of the listing, and the table rows under it
    // ("Education   UG: …", "Key Skills   …") are that record too.
    if (listsLabelledFields(text)) {
      reasons.set(index, 'metadata')
      for (let next = index + 1; next < lines.length; next += 1) {
        if (!opensTableRow((lines[next] as PageLine).text)) break
        reasons.set(next, 'metadata')
      }
      continue
    }
    if (linksBoardIndex(text)) {
      reasons.set(index, 'title-list')
      continue
    }
    if (oneSentence && describesClient(text)) {
      reasons.set(index, 'narrative')
      continue
    }
    if (
      isListingCount(text) ||
      statesListingAge(text) ||
      labelsListingIndex(text) ||
      readsAsListingByline(text)
    ) {
      reasons.set(index, 'metadata')
      continue
    }
    // Two dated lines about listings in a row are a board's block of other listings, even with no label above.
    if (
      namesOtherListing(text) &&
      [lines[index - 1], lines[index + 1]].some((line) => line !== undefined && namesOtherListing(line.text))
    ) {
      reasons.set(index, 'title-list')
      answering = false
      continue
    }
    // "Similar jobs:" and the titles under it, up to a blank line or a heading, are other listings.
    if (labelsOtherListings(text)) {
      reasons.set(index, 'title-list')
      for (let next = index + 1; next < lines.length; next += 1) {
        const following = lines[next] as PageLine
        // A dated line under the label is another listing, whatever its bullet and words ("· Welder with
        // experience - Hull - 3 days ago").
        if (!following.blankBefore && namesOtherListing(following.text)) {
          reasons.set(next, 'title-list')
          // A bulleted line ends an answer above it, as it would if it were read on its own.
          if (isBulletLine(following.text)) answering = false
          continue
        }
        if (
          following.blankBefore ||
          !(isShortLabel(following.text) || isListingShaped(following.text)) ||
          classifyHeading(following.text) !== null
        )
          break
        if (isQualificationLike(following.text)) break
        reasons.set(next, 'title-list')
      }
      continue
    }
    if (invitesToInterface(text)) {
      reasons.set(index, 'call-to-action')
      continue
    }
    if (statesEqualOpportunity(text)) {
      reasons.set(index, 'company')
      continue
    }
    if (isBreadcrumb(text, taxonomy)) {
      reasons.set(index, 'navigation')
      continue
    }
    if (
      words(text).length <= 8 &&
      !isBulletLine(text) &&
      !isQualificationLike(text) &&
      hasGluedWords(text, taxonomy)
    ) {
      reasons.set(index, 'interface')
      continue
    }
    // Job-board search links ("forklift operator jobs", "vagas de caixa em Recife") point to other postings.
    if (
      words(text).length <= 7 &&
      !isBulletLine(text) &&
      !isQualificationLike(text) &&
      JOB_SEARCH_LINK.test(normalizeText(text))
    ) {
      reasons.set(index, 'navigation')
      continue
    }
    if (titleRuns.has(index)) {
      reasons.set(index, 'title-list')
      continue
    }
    // A heading of what is asked that names the application ("Pontos que fazem a sua candidatura brilhar", "What
    // makes an application stand out") heads the extras, whatever word of applying it has.
    if (
      !isBulletLine(text) &&
      isChromeOrCallToAction(text) &&
      !isQuestion(text) &&
      !['required', 'nice_to_have'].includes(classifyHeading(text) ?? '')
    ) {
      reasons.set(index, 'call-to-action')
      continue
    }
    // "Industries: Software Development" inside a block of "Seniority level: …", "Employment type: …" rows is the
    // listing's metadata too, even when its value names a skill.
    if (isMetadata(text, taxonomy) || (reasons.get(index - 1) === 'metadata' && isMetadataShape(text))) {
      reasons.set(index, 'metadata')
      continue
    }
    // A participant's reply under a posting shared in a chat talks about the posting; it is not the posting, and nor is
    // a comment under a social post.
    if (readsAsChatReply(lines, index) || commentsUnderPost(lines, index)) {
      reasons.set(index, 'narrative')
      continue
    }
    // A headline with the listing's own fields (title, employer, place, contract, pay) is the title, wherever it is.
    if (readsAsListingHeadline(text)) {
      reasons.set(index, 'title')
      continue
    }
    // The first line that is not furniture is the posting's title, whatever its shape ("Analyst – Bogotá").
    if (isListing(text) && contentSeen) {
      reasons.set(index, 'title')
      continue
    }
    if (isQuestion(text)) {
      // "¿Qué necesitas para este rol?" over a list is a heading asked as a question, not an FAQ entry.
      const next = lines[index + 1]
      const opensList = next !== undefined && isBulletLine(next.text)
      // A question in the applicant's own voice ("Can I apply if…?", "Do I need a Master's?", "¿Puedo…?") is an FAQ
      // entry whatever words it uses; a heading asks about the role or the reader ("What you will need?").
      // A heading may carry its text on the same line ("Who are we? We build…"): the question alone is the heading.
      const question = readQuestion(text) ?? text
      const inline = question.length < text.trim().length
      answering =
        asksAsApplicant(question) ||
        marksFaqEntry(text) ||
        classifyHeading(question.replace(/\?\s*$/, ''), opensList || inline, opensList) === null
      if (answering) {
        reasons.set(index, 'question')
        // The label right above a run of questions ("Frequently asked questions", "💬 FAQ") heads the question
        // block. A pictograph before it decorates the label as it does the page's other headings, when the questions
        // run on and the label names no qualification: an item of an emoji list ("👉 Food Safety certification")
        // above a lone question stays an item.
        const previous = lines[index - 1]
        const label = previous?.text.replace(EMOJI_BULLET, '') ?? ''
        const decorated = label !== previous?.text
        if (
          previous &&
          !reasons.has(index - 1) &&
          isShortLabel(label) &&
          classifyHeading(label) === null &&
          (!decorated ||
            (!isQualificationLike(label) &&
              // The next question may come after this one's answer, on a line of its own.
              [lines[index + 1], lines[index + 2]].some(
                (later) => later !== undefined && isQuestion(later.text),
              )))
        )
          reasons.set(index - 1, 'question')
      }
      continue
    }
    // A brand name above everything else ("ACMEHR" over the breadcrumbs) is the site's, not the role's title.
    if (index === 0 && lines.length > 1 && /^\p{Lu}{3,}$/u.test(text) && skillShare(text, taxonomy) < 0.8) {
      reasons.set(index, 'navigation')
      continue
    }
    // The prose after a question, up to the next standalone label or bullet list, is its answer; an answer that
    // states what the candidate must have ("You must have the right to work in the UK") is still a requirement.
    if (
      answering &&
      !endsAnswer(text) &&
      !isBulletLine(text) &&
      !isStandaloneLabel(line) &&
      !STATES_A_MUST.test(normalizeText(text)) &&
      // A page pasted with its breaks lost has no blank lines around its headings; a short label ending in a colon
      // that the cue reader takes for a heading ("What we look for:") ends the answer too.
      !(
        /:\s*$/u.test(text) &&
        words(text).length <= 8 &&
        classifyHeading(text.replace(/:\s*$/u, ''), true) !== null
      ) &&
      // So does a line over a list that its words head as what is asked ("Esto es lo que tenés que traer 👇" over
      // "🎧 …"): a question's answer runs in prose, and a list of asks after it is the posting again.
      !headsAskedList(lines, index)
    ) {
      reasons.set(index, 'answer')
      continue
    }
    answering = false
  }
  // A "Key: value" row beside the listing's metadata or pay rows belongs to that block, before or after them.
  for (const [index, line] of lines.entries()) {
    if (reasons.has(index) || !isMetadataShape(line.text)) continue
    const near = [reasons.get(index - 1), reasons.get(index + 1)]
    if (near.includes('metadata') || near.includes('salary')) reasons.set(index, 'metadata')
  }
  for (const index of findScreeningQuestions(lines)) reasons.set(index, 'question')
  headFurnitureBlocks(lines, reasons)
  return reasons
}
