import { normalizeText } from './normalize-text'

// The parts of a selection an official notice rules on, named as what a clause is about (EN, PT, ES, folded): its
// enrolment, its tests and stages, its scoring and ranking, its ties, its vacancies, the notice and the process
// themselves, and the board that runs it. Applications count only beside a verb of handing in or receiving them
// ("Applications will be received until…"): software postings build applications too.
const PROCESS_NOUN =
  /^(?:inscric\p{L}*|inscrip\p{L}*|postulac\p{L}*|candidaturas?|registration|enrol+ments?|provas?|pruebas?|exames?|examen(?:es)?|exams?|examinations?|entrevistas?|interviews?|etapas?|fases?|stages?|phases?|selecao|seleccion|selection|shortlisting|processos?|procesos?|process|concursos?|llamados?|convocatorias?|convocatoria|competitions?|classificac\p{L}*|clasificac\p{L}*|classification|ranking|resultados?|results?|pontuac\p{L}*|puntuac\p{L}*|puntajes?|notas?|scores?|marks|empates?|desempates?|ties?|tie-breaks?|vagas?|vacantes?|plazas?|cupos?|vacanc\p{L}*|posts|editais|edital|edicto|bases|notices?|circulars?|comissao|comision|committee|board|panel|banca|tribunal|prazos?|plazos?|deadlines?|avaliac\p{L}*|evaluac\p{L}*|assessments?|contratac\p{L}*|hiring|appointments?)$/u
const APPLICATIONS =
  /^(?:applications?)\s+(?:\p{L}+\s+){0,3}(?:submitted|sent|received|accepted|lodged|made|reviewed|screened|considered|close|closes|open|opens)\b/u

// What may stand before the noun that heads a clause: articles, demonstratives, "present", numbers and adjectives of
// order ("o presente processo", "the written test", "las 3 (tres) vacantes", "a primeira etapa").
const DETERMINER =
  /^(?:o|a|os|as|el|la|los|las|the|this|these|each|all|any|este|esta|estes|estas|esse|essa|todo|toda|todos|todas|cada|presente|present|\d+|\(\p{L}+\)|primeir\p{L}*|segund\p{L}*|ultim\p{L}*|first|second|final|written|practical|oral|escrit\p{L}*|pratic\p{L}*|practic\p{L}*|unic[oa]s?|sole|entire|referid\p{L}*|said)$/u

// A verb that tells what will happen in the process: the future, a passive or a modal ("será feita", "serão ofertadas",
// "consistirá", "will be held", "shall consist", "se realizará", "destina-se").
const PROCESS_VERB =
  /\b(?:will|shall|may|is|are|be|sera|serao|seran|estara|estarao|estaran|havera|habra|tera|terao|tendra|tendran|destina-se|se destina|destina|compreende|comprende|consiste|consta)\b/u
// The future of any verb in PT and ES, read before accents are folded away ("consistirá", "realizarão", "tendrán"):
// folded, "-ará" would be the "-era" of "primera" or "carrera".
const FUTURE = /\p{L}{2,}(?:ará|erá|irá|arão|erão|irão|arán|erán|irán)(?![\p{L}])/u

// Asking and assessing: what a test "will assess" (communication, care) is asked of the candidate after all, and so is
// what the hire "will require".
const ASKS_OR_ASSESSES =
  /\b(?:assess\p{L}*|evaluat\p{L}*|measur\p{L}*|test(?:s|ed)? (?:for|on|your)|avalia\p{L}*|avaliad\p{L}*|evalua\p{L}*|evaluad\p{L}*|valorar\p{L}*|valorad\p{L}*|afer\p{L}*|medir\p{L}*|verificar\p{L}*|requir\p{L}*|exig\p{L}*|requer\p{L}*|requier\p{L}*|demand\p{L}*|need\p{L}*|precisar\p{L}*|necesitar\p{L}*)\b/u

// Matters the notice leaves to its board ("Os casos omissos…", "Los casos no previstos…", "Any matter not covered…").
const OMITTED =
  /\b(?:casos? omiss\p{L}*|omiss\p{L}*|casos? no previst\p{L}*|(?:matters?|cases?|situations?) not (?:covered|provided|foreseen))\b/u
// A condition of the process that leads the clause ("Em caso de empate", "In the event of a tie", "En caso de empate").
const PROCESS_CASE =
  /^(?:em caso de|no caso de|en caso de|in (?:the )?(?:case|event) of(?: an?| the)?|havendo|de haber|if there is an?)\s+(?:empate|tie|igualdade|igualdad)\b/u
// A count of vacancies given as a field ("Número de vagas: 01 (uma)", "Vacantes: 3", "Number of posts: 2").
const COUNT_FIELD =
  /^(?:(?:numero|number|n|no|quantidade|cantidad)\s+(?:de\s+|of\s+)?)?(?:vagas?|vacantes?|plazas?|cupos?|vacanc\p{L}*|posts?|positions?)\s*:\s*\d/u
// The notice itself passed on ("a copy of this circular", "divulgar este edital", "difundir esta convocatoria").
const NOTICE_PASSED_ON =
  /\b(?:this|these|este|esta|estes|estas|deste|desta|del presente|da presente|do presente)\s+(?:circulars?|notices?|advertisements?|edital|editais|convocatoria|aviso|comunicado|llamado)\b.*\b(?:cop(?:y|ies)|circulat\p{L}*|distribut\p{L}*|given to|brought to|displayed|posted|divulg\p{L}*|afixad\p{L}*|difund\p{L}*|publicad\p{L}*|comunicad\p{L}*)\b|\b(?:cop(?:y|ies)|circulat\p{L}*|distribut\p{L}*|divulg\p{L}*|difund\p{L}*)\b.*\b(?:this|este|esta|deste|desta)\s+(?:circulars?|notices?|edital|convocatoria|aviso)\b/u

// The kinds of test a selection sets: written, practical, oral, physical, aptitude, entrance.
const SELECTION_TEST = /^(?:written|practical|oral|physical|aptitude|entrance|selection|skills|trade)$/u

/** The words of a clause after its number, its letter and its marks, folded. */
function foldClause(sentence: string): string {
  return normalizeText(sentence.trim())
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[ivx]+\s*[-–—)])\s*/u, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/gu, ' ')
}

/** True when the clause's subject, read from its head, is a part of the process ("A prova prática consistirá…"). */
function headedByProcess(words: readonly string[], future: boolean): boolean {
  let index = 0
  while (index < words.length && index < 4 && DETERMINER.test(words[index] as string)) index += 1
  // A noun qualified by an adjective before it ("the written test") is passed by the determiners above.
  const noun = (words[index] ?? '').replace(/[^\p{L}-]/gu, '')
  // "Tests" alone may be a programmer's ("Tests will run in CI"); a kind of test named before it is the selection's.
  const test = /^tests?$/u.test(noun) && SELECTION_TEST.test(words[index - 1] ?? '')
  return (
    (PROCESS_NOUN.test(noun) || test) &&
    (future || PROCESS_VERB.test(words.slice(index + 1, index + 8).join(' ')))
  )
}

/** The clause's first words, as written, lower-cased: where its future verb is read. */
function leadOf(sentence: string): string {
  return sentence.trim().toLowerCase().split(/\s+/u).slice(0, 10).join(' ')
}

/** True when the clause opens on its verb and the process follows as its subject ("Serão ofertadas 6 vagas…"). */
function headedByVerb(words: readonly string[]): boolean {
  const verb = words.slice(0, 2).join(' ')
  if (
    !/^(?:sera|serao|seran|will be|there will be|havera|habra|se (?:ofrecera|ofreceran|realizara|realizaran))\b/u.test(
      verb,
    )
  )
    return false
  return words.slice(1, 7).some((word, offset) => {
    const noun = word.replace(/[^\p{L}-]/gu, '')
    // "Serão ofertadas 6 (seis) vagas": the subject comes after the participle and its count.
    return offset > 0 && PROCESS_NOUN.test(noun)
  })
}

/**
 * True when a clause of an official notice rules the selection, not the candidate: how enrolment, the tests, the
 * scoring and the ties are handled, how many vacancies there are, what the board decides, that the notice be passed
 * on ("4.1. As inscrições serão gratuitas…", "5.1 The written test will consist of…", "6.1. Los casos no previstos
 * serán resueltos por la Comisión", "En caso de empate se preferirá…", "Número de vagas: 01"). A clause that says what
 * a test will assess ("Será avaliada a capacidade de trabalho em equipe") names what is asked, and stays.
 */
export function statesNoticeProcedure(sentence: string): boolean {
  const folded = foldClause(sentence)
  if (folded.length === 0) return false
  if (OMITTED.test(folded) || PROCESS_CASE.test(folded) || COUNT_FIELD.test(folded)) return true
  if (NOTICE_PASSED_ON.test(folded)) return true
  if (ASKS_OR_ASSESSES.test(folded)) return false
  if (APPLICATIONS.test(folded)) return true
  const words = folded.split(' ')
  return headedByVerb(words) || headedByProcess(words, FUTURE.test(leadOf(sentence)))
}
