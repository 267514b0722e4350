import type { ParsedRequirement } from '../types'
import { isScreenedType } from './classify-requirement'
import { headsWithQuality } from './heads-with-quality'
import { normalizeText } from './normalize-text'

// The reader types a requirement that names no skill the taxonomy knows, has no cue of its own and no years as
// `knowledge`: inside the reader that means "nothing more specific", and the reader's own decisions lean on it. Once
// the requirements are read, such an ask is typed by what it names (types.ts): a body of knowledge only when it says
// so ("knowledge of", "conhecer") or names a law, a rule or a market; a credential, a school level or a spoken
// language by its class noun; a track record by its nouns; otherwise a tool or a method the taxonomy does not list
// ("multímetro", "solda MIG", "Cutilagem"), which is a skill. Folded text throughout.

// Words that make the ask one of knowing: "knowledge of", "familiar with", "conhecimento de", "noções de",
// "conocer", "entender", "domínio de".
const KNOWING =
  /\b(?:knowledge|knowledgeable|know|knows|knowing|understand\w*|entiend\w*|familiar\w*|aware\w*|grasp|conhec\w*|conoc\w*|nocao|nocoes|nocion\w*|entend\w*|entendimento|comprens\w*|compreens\w*|domin\w*|sabe algo|saber (?:lo|o) basico)\b/u
// A body of rules or a market: "legislação trabalhista", "Reglamento Nacional", "rate filing rules", "NBR 15575".
const RULES_OR_MARKET =
  /\b(?:laws?|acts?|regulations?|regulatory|rules|codes?|guidelines?|standards?|norms?|frameworks?|protocols?|compliance|market|lei|leis|ley|leyes|legislac\w+|normas?|normativ\w+|normatividad|regulament\w+|reglament\w+|regulac\w+|portarias?|decretos?|diretrizes|directrices|protocolos?|codigo|mercado)\b|\b(?:iso|nbr|nr|nom|rdc|iec|bs|en|astm|ansi|ipc|nfpa|iatf)[- ]?\d/u
// A credential by its class noun: a course or training taken, a card, a designation, a rating, a membership.
const CREDENTIAL =
  /\b(?:training|coursework|course|courses|card|designation|rating|qualification|membership|accreditation|cursos?|formacion en|formacao em|formacion|titulacion|titulo de|acreditac\w+|credenciament\w+|matricula|carne|carnet|first aid|primeiros socorros|primeros auxilios|socorrista)\b/u
// A school level the degree pattern does not name: a specialisation, a postgraduate course, a technical career, a
// school-leaving diploma, studies under way.
const SCHOOLING =
  /\b(?:especializac\w+|especializacion|posgrado|pos-?tecnico|bachiller|superior (?:completo|incompleto|em|en)|carrera tecnica|estudios (?:universitarios|tecnicos|superiores)|cursando|estudiante de|estudante de|residencia (?:em|en)|residency)\b/u
// Speaking a language the taxonomy does not list: "hablar guaraní", "falar libras", "speaks Irish".
const SPEAKING = /\b(?:speak|speaks|speaking|hablar|hablas|habla|falar|fala|language|idioma|lingua)\b/u
// A track record shown rather than a thing used: a portfolio, references, a following, a network.
const TRACK_RECORD =
  /\b(?:portfolio|portafolio|portfolio|referenc\w+|track record|following|network|historial|trayectoria)\b/u
// Work done before in a setting ("worked in a dental office", "já trabalhou com escritórios", "haber trabajado en"),
// or experience in a setting named by its class noun ("experiência em indústria alimentícia", "experience in
// regulated industries"): a tenure in a field, not a tool.
const WORKED_IN =
  /\b(?:worked (?:in|at|on|for)|have worked|you'?ve worked|trabalhou (?:em|com|no|na)|trabalhado (?:em|com|no|na)|trabajado (?:en|con)|trabajaste (?:en|con))\b/u
const SETTING =
  /\b(?:experience|experiencia|vivencia)\b[^.;]{0,20}?\b(?:in|at|em|en|no|na|nos|nas)\b(?: (?:a|an|the|um|uma|un|una|el|la|o))? (?:industr\w+|compan\w+|empresas?|firms?|offices?|escritorios?|agenc\w+|sector|setor|startups?|restaurant\w*|hotel\w*|hospitals?|hospitais|clinic\w*|clinicas?|retail|varejo|banks?|bancos?|brands?|marcas?|venues?)\b/u

// A condition of the body, the place or the paperwork the stricter reader missed: standing, heights, where one
// lives, an age bracket, a medical or physical test, a record check, equipment of one's own, a season or a rota.
const CONDITION =
  /\b(?:em pe|de pie|on (?:your|their) feet|alturas?|heights?|residencia|reside\w*|vivas?|viva|morar|mora|edad|idade|aged?|examen|exame|exam|apto|fisic[ao]|physical|prueba fisica|teste fisico|impedimento|restricao|restriccion|miedo|medo|afraid|rotation|rota|rotativ\w+|temporada|season|seasonal|carry|manual handling|antecedentes?|delincuencia|police|criminal|propi[oa]s?|propri[oa]s?|own)\b/u
// Words of how a person works with others or holds up: calm, warmth, discretion, teamwork, listening, explaining to
// people outside the field, a profile or the kind of person sought. A closed class of conduct words, EN/PT/ES.
const CONDUCT =
  /\b(?:calm\w*|calma|composure|autocontrol\w*|warmth|patience|paciencia|discre\w+|accura\w+|precis[ao]|meticulous|steady|diplomatic|respect\w*|respeit\w+|respet\w+|trato|relacionamento|relacion\w+|team ?(?:player|work)|(?:em|en) equipe|(?:em|en) equipo|feedback|pressure|pressao|presion|criterio|presencia|presenca|velocidad|velocidade|agilidad|ritmo|olhar|ouvir|escuta\w*|escuch\w+|listen\w*|communicat\w+|comunica\w+|explain\w*|explic\w+|defend\w*|organi[sz]\w+|someone|somebody|alguien|alguem|people|gente|pessoas?|personas?|perfil|profile|collaborator|colaborativ\w+|non-\w+|no tecnic[ao]s|nao e da area)\b/u
// Something used (a tool or an instrument named by its class, an example list, a product's capitalised name): the
// experience is with a tool, so a skill.
const TOOL_SIGN =
  /\b(?:sistemas?|softwares?|ferramentas?|herramientas?|aplicativos?|aplicaciones|apps?|plataformas?|programas?|systems?|tools?|tooling|platforms?|applications?|equipment|equipamentos?|equipos?|machines?|maquinas?|instruments?|instrumentos?|cameras?|devices?|recursos|such as|like|e\.g|ex\.|por ejemplo|por exemplo|como|similar|parecido)\b/u
// Having been something or worked somewhere: a tenure, not a duty.
const BEEN_OR_WORKED = /\b(?:been|worked|trabalhou|trabalhado|trabajado|trabajaste|sido|estado)\b/u
// A duty done before, told with a past participle after having: "you have run discovery", "has administered",
// "que haya realizado", "já ter aprovado", "tiver acompanhado", "haber reclutado".
const DONE_BEFORE =
  /\b(?:you'?ve|you have|has|have|haya|hayas|haber|ter|tenha|tiver|tenha|ja)\s+(?:\p{L}+\s+)?(?:\p{L}{3,}ed|\p{L}{3,}(?:ado|ido)|written|run|spoken|done|led|built|taught|sold|made|held|given|feito|hecho|escrito)\b/u
// Experience named by what was done: "experiencia llevando una cartera", "experience running workshops".
const DOING_EXPERIENCE =
  /\b(?:experience|experiencia|vivencia|pratica|practica)\b(?:\s+(?:na|no|en|em|in|of))?\s+\p{L}{3,}(?:ing|ando|endo|iendo|indo)\b/u
const EXPERIENCE_CUE = /\b(?:experience|experiencia|vivencia|exposure|background)\b/u

const CONTINUES_FRAME = /^(?:em|no|na|de|del|da|do|das|dos|en|of|in)\s/u

/** A capitalised word past the first: a product's or a maker's name ("Filogix Expert", "Mindbody"). */
function namesProduct(label: string): boolean {
  return label
    .trim()
    .split(/\s+/u)
    .slice(1)
    .some((word) => /^\p{Lu}/u.test(word))
}

function readUnnamedType(label: string, framed: string, original: string): ParsedRequirement['type'] {
  if (SCHOOLING.test(label)) return 'degree'
  if (CREDENTIAL.test(label)) return 'certification'
  if (SPEAKING.test(label)) return 'language'
  if (CONDITION.test(label)) return 'logistics'
  if (TRACK_RECORD.test(label) || WORKED_IN.test(label) || SETTING.test(label)) return 'experience'
  // Work done before is read before conduct words: "experiencia organizando ferias" tells a duty, not a quality.
  if (DONE_BEFORE.test(framed)) return BEEN_OR_WORKED.test(framed) ? 'experience' : 'activity'
  if (DOING_EXPERIENCE.test(label)) return 'activity'
  if (CONDUCT.test(label) && !TOOL_SIGN.test(label)) return 'trait'
  if (EXPERIENCE_CUE.test(label) && !TOOL_SIGN.test(label) && !namesProduct(original)) return 'experience'
  // Before the fallback to a tool or a method: a head that means a quality of the person ("Healthy scepticism",
  // "Postura firme") is one, whether or not the conduct words above know it.
  if (!TOOL_SIGN.test(label) && !namesProduct(original) && headsWithQuality(original)) return 'trait'
  return 'skill'
}

/** Returns the requirement with the type its words name, when the reader left it at its fallback `knowledge`. */
export function retypeUnnamedRequirement(requirement: ParsedRequirement): ParsedRequirement {
  if (requirement.type !== 'knowledge' || requirement.skillIds.length > 0 || requirement.minYears !== null)
    return requirement
  const label = normalizeText(requirement.label)
  // A listed item takes its frame from the words before it in its line ("Conhecimentos necessários: …, preimpressão").
  const source = normalizeText(requirement.source.text)
  const at = source.indexOf(label)
  const framed = at > 0 ? `${source.slice(0, at)}${label}` : label
  if (KNOWING.test(framed) || RULES_OR_MARKET.test(label)) return requirement
  // A conjunct that repeats its preposition ("… e em fertilidade do solo", "… y de la historia de la región") goes on
  // the ask of a frame the reader cut off before it: what that frame asked is not in these words.
  if (CONTINUES_FRAME.test(label)) return requirement
  const type = readUnnamedType(label, framed, requirement.label)
  return { ...requirement, type, screened: isScreenedType(type) }
}
