import type { Taxonomy } from '../taxonomy'
import { findSkills, getSkill } from '../taxonomy'
import type { RequirementType } from '../types'
import { findQualityList, opensWithTraitNoun } from './lists-qualities'
import { namesRegistration } from './names-registration'
import { normalizeText } from './normalize-text'
import { statesAge } from './read-min-years'
import {
  findPersonQualities,
  listsCharacterAdjectives,
  listsQualityNouns,
  readsAsTraits,
} from './reads-as-traits'

/** Types a resume cannot prove: assessed in the interview (traits) or confirmed with the candidate (logistics). */
const UNSCREENED_TYPES: ReadonlySet<RequirementType> = new Set(['trait', 'logistics'])

/** True when a requirement of this type is screened from the resume (counts in the score and can gate). */
export function isScreenedType(type: RequirementType): boolean {
  return !UNSCREENED_TYPES.has(type)
}

// Patterns work on normalizeText output: lower case, accents folded. Each names a class of requirement by the
// words that define the class (a degree is "a bachelor's", a licence is "certified"), in EN, PT and ES.
const DEGREE =
  /\b(?:bachelor'?s?|master'?s?|mba|ph\.?d|doctorate|degree|diploma|b\.?sc?|m\.?sc|b\.?a\.?|associate'?s degree|graduate|bacharel(?:ado)?|graduacao|licenciatura|mestrado|doutorado|pos-graduacao|ensino (?:superior|medio)|titulo|grado (?:universitario|en)|formacao|formacion (?:universitaria|academica|profesional)|carrera (?:universitaria|de)|ciclo formativo|grado (?:medio|superior)|curso tecnico|ensino tecnico|tecnologo|tecnicatura|bachillerato|preparatoria|(?:estudios |educacion |escuela )?secundari[oa]s?(?: (?:complet[oa]s?|terminad[oa]s?|finalizad[oa]s?))?|(?:ensino|educacion|escuela|nivel) (?:fundamental|primari[oa]|basic[oa]|medi[oa])(?: complet[oa])?|segundo grau|high school|ged|(?:formad|graduad|titulad)[oa]s?(?:\/[oa]s?)? (?:em|en)|graduated (?:in|from))\b/
const CERTIFICATION =
  /\b(?:certif(?:ied|ication|icate|icado|icada|icacao|icacoes|icacion|iciones)(?:s|es)?|certs?|licen[cs]e[ds]?|licensure|licenciad[oa]|licenca|registered|registration|registrad[oa]|accredited|accreditation|credential(?:ed|s)?|credenciais|credencial(?:es)?|board[- ]certified|colegiad[oa]|colegiatura|carnet? de|(?:inscricao|matricula|registro) (?:ativ[oa]|vigente|em dia|al dia))\b/
// A body's acronym with a word of validity ("CRC ativo", "COREN-MG ativo", "PE license current", "CPA vigente"): a
// registration that must be kept current, whatever the body is called.
const VALIDITY =
  /\b(?:ativ[oa]s?|active|valid(?:[oa]s?)?|vigentes?|en vigor|em dia|in good standing|current)\b/
const ACRONYM = /(?:^|[\s(])\p{Lu}{2,}[\p{Lu}\d]*(?:-\p{Lu}{2}|-\d+)?(?=$|[\s),.;])/u
// Logistics that mention a licence or a skill-like word ("valid driver's licence", "travel to client sites") are still
// logistics: checked before certifications and skills.
const LOGISTICS_FIRST =
  /\b(?:relocat\w*|travel(?:l?ing)?|work(?:ing)? authori[sz]ation|authori[sz]ed to work|right to work|(?:permission|eligib\w*|entitled|permitted) to work|visa|sponsorship|viajar|viagens?|viajes|disponibilidad para|disponibilidade para|mudanca|reubicacion)\b/
// A licence to drive ("valid driver's licence", "CNH categoria B", "carné de conducir B", "Class B CDL", "licencia de
// manejo"): a licence held, issued by an authority and shown on paper, so a credential like any other (types.ts:
// certification). Checked after the logistics of the line, so "a driver's licence and willingness to travel" still asks
// a condition of the job; the words of the licence are blanked first so they do not read as one.
const DRIVING_LICENCE =
  /\b(?:(?:driver'?s?|driving|drivers|chauffeur'?s?|motorcycle|motorbike|commercial driver'?s?) licen[cs]es?|licen[cs]e to drive|cdl|carteira (?:nacional )?de (?:motorista|habilitacao)|habilitacao (?:categoria|tipo|[a-e]{1,2}\b)|cnh|(?:licencia|licenca|permiso|carnet?|brevete) (?:de |para )?(?:conducir|conduccion|manejo|manejar|motorista|motocicleta|moto)|(?:licencia|carnet?) (?:clase|tipo|categoria) [a-e]|pase de conducir)\b/
const DRIVING_LICENCE_ALL = new RegExp(DRIVING_LICENCE.source, 'g')

// What a line asks about, when it is a condition of taking the job rather than something a resume shows. Each cue is
// a small closed class of words in EN, PT and ES, named by the question it answers (age, checks, permits, start, home,
// hours), rather than a list of whole phrases: any line about the same question lands in its class. Folded text.
const LOGISTICS_QUESTIONS: readonly RegExp[] = [
  // How old: "18 years or older", "maior de 18 anos", "mayor de edad", "at least 21 years of age".
  /\b(?:1[6-9]|2[01])\+? ?(?:years?|anos) (?:of age|old|or (?:older|over|above)|de idade|de edad|o mas|ou mais|cumplidos)\b|\b(?:maior|mayor|maiores|mayores) de (?:1[6-9]|2[01]|idade|edad)\b|\bmaioridade\b|\bminimum age\b/,
  // Checks run before hiring: a background check, a drug screen, a clean record.
  /\bbackground (?:checks?|screening|investigation)\b|\bcriminal (?:record|background)\b|\bdrug (?:tests?|testing|screens?|screening)\b|\bpre-?employment (?:checks?|screens?|screening|tests?)\b|\bantecedentes (?:penales|criminais|criminales|policiales)\b|\b(?:certidao|certificado|atestado) de antecedentes\b|\btoxicologic[oa]\b/,
  // Permission to work where the job is: a permit, a visa, a residence card.
  // Standing in law is the same question: being allowed to work there ("legally able to work", "lawfully entitled"),
  // or a citizenship, a nationality or a residence card that grants it ("cidadão brasileiro nato ou naturalizado").
  /\bwork permit\b|\bpermiso de (?:trabajo|residencia)\b|\b(?:autorizacao|permissao|visto) de trabalho\b|\bpermiso para trabajar\b|\b(?:legally|lawfully|legalmente) (?:\w+ ){0,2}(?:work|trabalhar|trabajar)\b|\bcitizenship\b|\b(?:be|a|an) (?:[\w.]+ ){0,2}citizen\b|\bcitizen or\b|\bgreen card\b|\bpermanent resident\b|\bcidadania\b|\bciudadania\b|\bnacionalidade?\b|\bnaturalizad[oa]s?\b|\bnat[oa] ou naturalizad[oa]\b/,
  // When they can start: "available to start in March", "incorporación inmediata", "início imediato".
  /\b(?:start date|available to start|able to start|start immediately|immediate start)\b|\bincorporar(?:te|se)\b|\bincorporacion (?:inmediata|en)\b|\b(?:inicio|disponibilidade|disponibilidad) (?:imediat[oa]|inmediat[oa])\b/,
  // Where they live or can get to: "live within commuting distance", "morar em Campinas", "vivir en Lima".
  /\blive (?:within|in|near|close to)\b|\bmorar (?:em|na|no|perto)\b|\bvivir (?:en|cerca)\b|\bradicar en\b|\bresiden(?:te?|cia) (?:en|em|in)\b|\bresid\. (?:en|em|in)\b|\bliving (?:in|within|near|close to)\b/,
  // When they work: days of the week, clock times, the parts of the day a shift falls in.
  // A day named for an event or a product ("Black Friday", "Monday.com") is not a working day.
  /(?<!\b(?:black|cyber) )\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|feriados|festivos|evenings?|noites?|noches?|madrugadas?)\b(?!\.com)|\b(?:segunda|terca|quarta|quinta|sexta)(?:-feira| a (?:sexta|sabado|domingo))\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm|h)\b|\btime ?zones?\b|\b(?:pacific|eastern|central|mountain|atlantic) time\b|\bbusiness hours\b|\bfuso horario\b|\bzona horaria\b|\butc ?[+-] ?\d/,
  // How they get to work: a vehicle of their own ("own car", "veículo próprio", "moto o carro propio").
  /\b(?:own|personal|reliable|dependable) (?:\w+ )?(?:car|vehicle|transport(?:ation)?|truck|motorcycle)\b|\b(?:car|vehicle|truck|motorcycle) of (?:your|their) own\b|\b(?:veiculo|carro|moto|motocicleta|automovel|vehiculo|auto|coche|camioneta|bicicleta) propri?[oa]\b|\b(?:veiculo|carro|moto|motocicleta|automovel|vehiculo|auto|coche|camioneta|bicicleta) propi[oa]\b/,
]

// Conditions of the body and of the workplace: what the job asks of the body (loads, postures, swimming, height,
// smoking, fitness) and where it is done (outdoors, in the weather, up ladders, in attics, in confined spaces). A
// resume cannot show these, so they are confirmed with the candidate. Each is a small closed class of anchors (verbs
// of bodily effort with a load or a posture's duration, nouns of the body's measures and of working surroundings),
// because the same question comes in endless wordings, but always about the body or the place.
const BODY_OR_WORKPLACE: readonly RegExp[] = [
  // A load: "lift 50 lb", "carregar até 25 kg", "cargas de hasta 20 kilos", "heavy lifting", "levantar peso".
  /\b\d+(?:[.,]\d+)?\s?(?:lbs?|pounds|kgs?|kilos?|quilos)\b|\bheavy (?:lifting|loads|objects|items|boxes|equipment)\b|\b(?:carregar|levantar|cargar|mover|aguentar|aguantar|suportar|soportar|bear|handle|carry) (?:\w+ )?(?:peso|weight|heavy loads)\b|\bcargas? pesadas?\b/,
  // A posture or a climb held over time or up something: "stand for long periods", "ficar em pé por longos
  // períodos", "climbing ladders", "subir a andamios".
  /\b(?:stand(?:ing)?|sit(?:ting)?|walk(?:ing)?|kneel(?:ing)?|bend(?:ing)?|bent|stoop(?:ing|ed)?|crouch(?:ing)?|squat(?:ting)?|climb(?:ing)?|crawl(?:ing)?|em pe|de pie|agachad[oa]|agachar(?:se)?|ajoelhad[oa]|arrodillad[oa]|subir)\b[^.;]{0,40}?\b(?:for (?:long|extended|prolonged)|long periods|hours|all day|(?:whole|entire|full) (?:shift|day)|ladders?|stairs|scaffold\w*|roofs?|rooftops?|attics?|poles?|towers?|longos periodos|periodos (?:prolongados|longos|largos)|largos periodos|horas|(?:toda|toda a|toda la) jornada|escadas?|escaleras?|andaimes?|andamios?|telhados?|tejados?|postes?)\b/,
  // Swimming as an ability: "able to swim", "saber nadar 100 metros".
  /\b(?:able to|can|know how to|saber|saiba|sepa|capaz de)\s+(?:\w+\s+)?(?:swim|nadar)\b|\b(?:swim|nadar)\s+\d+/,
  // The surroundings the work is done in, after a verb of working, enduring or getting there ("work outdoors in all
  // weather", "comfortable in attics", "trabajo a la intemperie"); without one, "insulating attics" is a duty.
  /\b(?:work\w*|trabalh\w*|trabaj\w*|comfortable|at ease|happy|okay|ok with|exposure|exposed|expost[oa]s?|expuest[oa]s?|exposicao|exposicion|toleran\w*|tolerat\w*|endur\w*|suportar|soportar|climb\w*|crawl\w*|enter\w*|access\w*)\b[^.;]{0,40}?(?:\boutdoors\b|\boutdoor (?:work|environment|conditions|settings?)\b|\boutside(?= in\b| all\b| year)|\bal aire libre\b|\bao ar livre\b|\ba ceu aberto\b|\bintemperies?\b|\b(?:all|any|adverse|inclement|extreme) (?:weather|temperatures)\b|\bweather conditions\b|\bextreme (?:heat|cold)\b|\b(?:heat|cold) and (?:cold|heat|rain|humidity)\b|\bconfined spaces?\b|\bespa[cs]ios confinados\b|\bcrawl ?spaces?\b|\battics?\b|\bheights\b|\b(?:noisy|dusty) (?:environments?|conditions)\b|\b(?:hot|cold|freezing|refrigerated|chilled|humid)(?: ?(?:\/|or|and) ?(?:hot|cold|freezing|refrigerated|chilled|humid))? (?:warehouses?|environments?|conditions|areas|rooms|storage|temperatures)\b|\b(?:ambientes?|camaras?|areas?|locais|lugares) (?:frios?|frias?|quentes?|refrigerad[oa]s?|frigorific[oa]s?|calurosos?|calidos?)\b|\b(?:hot|cold|freezing|heat|frio|fria|quente|calor|calurosa?o?)\b(?! (?:calls?|calling|chain|pumps?|treatment|brew|email|outreach))[^.;]{0,30}\b(?:winter|summer|inverno|verao|invierno|verano|cold|heat|hot|frio|calor)\b|\b(?:winter|summer|inverno|verao|invierno|verano)\b[^.;]{0,30}\b(?:hot|cold|freezing|heat|frio|fria|quente|calor|calurosa?o?)\b)/,
  // The remote workplace the candidate provides: a quiet room, a headset, a stable connection, their own computer.
  /\b(?:quiet|dedicated|private|distraction-free) (?:space|place|room|workspace|home office)\b|\bheadset\b|\b(?:stable|reliable|high-speed|fast|good) (?:internet|connection|broadband|wi-?fi)\b|\b\d+ ?mbps\b|\b(?:own|personal) (?:computer|laptop|pc)\b|\b(?:computador|notebook|computadora|portatil) propr?i[oa]\b|\b(?:internet|conexao|conexion) (?:estavel|estable|de qualidade|de alta velocidad)\b|\b(?:espaco|espacio|lugar|ambiente) (?:tranquilo|silencioso)\b|\bfone de ouvido\b|\bauriculares\b/,
  // The body's own measures and state: height, fitness, eyesight, smoking.
  /\bminimum height\b|\bestatura\b|\baltura minima\b|\bphysically (?:fit|able|demanding)\b|\bfit enough\b|\bphysical (?:fitness|condition|demands|stamina|exam|examination|ability|requirements|effort)\b|\b(?:condicionamento|aptidao|aptitud|preparo|preparacion|forma|condicion|condicao|esforco|esfuerzo|resistencia|estado|capacidad|capacidade) fisic[ao]\b|\bnon-?smok(?:er|ing)\b|\bnao fumante\b|\bno fumador(?:a)?\b|\b(?:eyesight|vision|hearing) (?:test|exam|screening|requirements?|standards?)\b|\b(?:good|normal|corrected|20\/20) (?:eyesight|vision|hearing)\b|\bcolou?r ?blind\w*\b|\bdaltonism\w*\b|\bon (?:your|their|one's) feet\b|\bheight (?:requirement|of at least)\b|\b(?:fear of heights|medo de altura|miedo a las alturas|vertigo)\b/,
]

/** True when a requirement asks about the body or the place of work ("able to lift 50 lb", "Não fumante"). */
export function asksAboutBodyOrWorkplace(text: string): boolean {
  const folded = normalizeText(text).replace(/\s+/g, ' ')
  return BODY_OR_WORKPLACE.some((condition) => condition.test(folded))
}

// Willingness to go somewhere or to work at some time ("willingness to deploy to disaster sites", "disposição para
// viagens", "disposición para rotar turnos"): where and when the job is done, to confirm, not a quality. The object
// is told by a closed class of verbs of going and nouns of working time; "willingness to learn" stays a trait.
const WILLING_TO_GO =
  /\b(?:willing(?:ness)?|prepared|ready|open|available|flexib\w+|disponibilidade|disponibilidad|disposicao|disposicion|predisposicion|dispost[oa]|dispuest[oa])\s+(?:to|para|a|de|for)\s+(?:[\p{L}-]+\s+){0,4}?(?:deploy\w*|dispatch\w*|sent|posted|stationed|enviad[oa]s?|alocad[oa]s?|destacad[oa]s?|travel\w*|relocat\w*|commute|rotat\w*|rotar|rodar|deslocar\w*|deslocamento\w*|desplaza\w*|desplazamiento\w*|traslad\w*|mudar\w*|mudanca|cambiar de (?:residencia|domicilio|ciudad)|viagens?|viajes?|viajar|turnos?|shifts?|schedules?|horarios?|escalas?|plant(?:ao|oes)|guardias?|sobreaviso|on[- ]call|nights?|weekends?|overtime|noites?|noches?|feriados|festivos|field\b(?! of)|campo\b(?! de))\b/u

const LOGISTICS =
  /\b(?:remote(?:ly)?|hybrid|on[- ]?site|work(?:ing)? from (?:the |our |an )?office|(?:days?|nights?) (?:a|per) week|in[- ]office|relocat\w*|commut\w*|based in|located in|work(?:ing)? authori[sz]ation|authori[sz]ed to work|right to work|visa|sponsorship|travel(?:l?ing)?|shifts?|weekends?|night|overtime|on[- ]call|availability|available to|full[- ]time|part[- ]time|own (?:car|vehicle)|lift(?:ing)? (?:up to )?\d+|remoto|hibrido|presencial|disponibilidade|viage[mn]s?|viajar|turnos?|fins de semana|mudanca|residir|reside|disponibilidad|viajes|fines de semana|jornada|horario)\b/
const TRAIT =
  /\b(?:mindset|attitude|curio(?:us|sity)|passion(?:ate)?|eager(?:ness)?|self[- ]?(?:starter|motivated|driven)|proactiv\w*|driven|motivated|detail[- ]oriented|(?:attention|eye) (?:to|for) detail|(?:olho|ojo) (?:para|pra) (?:os |o |el |los )?detal(?:he|le)s?|team player|ownership|integrity|humble|humility|empath\w*|resilien\w*|growth|hungry|adaptab\w*|flexib\w*|positive|enthusias\w*|autonom\w*|independent(?:ly)?|accountab\w*|work ethic|continuous learning|willing(?:ness)?|love (?:of|for|to)|care about|you care|interest in|interesse (?:[a-z]+ )?(?:em|por|pel[ao])|interes (?:[a-z]+ )?(?:en|por)|entusiasm\w*|proatividade|proativ[oa]|vontade|paixao|apaixonad[oa]|curiosidade|autonomia|comprometimento|actitud|proactividad|ganas|pasion|apasionad[oa]|compromiso|autonomia|iniciativa)\b/
const LANGUAGE_LEVEL =
  /\b(?:fluen(?:t|cy)|native|bilingual|proficien(?:t|cy) in|spoken|written and spoken|conversational|business level|[abc][12]\b|fluente|fluencia|nativo|bilingue|avancado|avanzado|intermedi[oa]|idiomas?|lingua)\b/
const KNOWLEDGE_CUE =
  /^(?:(?:a |an )?(?:strong |solid |deep |good |working |basic |thorough |sound )?(?:knowledge|understanding|familiarity|awareness|grasp) (?:of|with|in)|conhecimentos? (?:em|de|sobre)|conocimientos? (?:en|de|sobre)|entendimento de|comprension de)\b/
// Command of a subject ("Dominio de", "Domínio de", "command of", "mastery of"): of a domain it is knowledge.
const MASTERY_CUE =
  /^(?:(?:a |an )?(?:good |strong |solid |full |thorough )?(?:command|mastery) of|dominio (?:de|del|en|sobre)|dominar)\b/
// Years spent in a field, role or industry rather than with a tool: "7 years in a related field", "3+ years as a nurse".
const FIELD_EXPERIENCE =
  /\b(?:field|industry|industries|sector|area|areas|role|roles|position|capacity|as an? \w+|setor|ramo|funcao|cargo|puesto|rol|campo|industria)\b|\b(?:years?|anos|months|meses)(?: of experience| de experiencia)?(?: (?:as|como) (?:an? |um |uma |un |una )?\p{L}{3,})/u
// Years spent doing something ("5+ years building data pipelines", "3 years of experience managing campaigns", "5 anos
// atuando com vendas"): a tenure in an activity, whatever tools the activity names.
const YEARS_DOING =
  /\b(?:years?|yrs?|anos?)\b(?:\s+(?:of|de))?(?:\s+(?:relevant|professional|hands-on|practical|proven|work|previous|prior)){0,2}(?:\s+(?:experience|experiencia))?\s+(?!(?:including|during|according|using|utilizing|leveraging|usando|utilizando)\b|working with\b|trabajando con\b|trabalhando com\b)\p{L}{3,}(?:ing|ando|endo|iendo|indo)\b/u
// Years in a field or of a field's work: "7 years in B2B or consumer marketing", "5+ years of experience in sales",
// "5+ years of accounting experience", "5 anos de experiencia em vendas". Tools are excluded by category below:
// "5 years of experience in Python" stays a skill asked with years.
const YEARS_IN_FIELD =
  /\b(?:years?|yrs?|anos?)\b(?:\s+(?:of|de))?(?:\s+[\p{L}-]+){0,3}?\s+(?:in|within|across|em|en|na|no|nas|nos)\b|\b(?:years?|yrs?)\s+of\s+(?:[\p{L}-]+\s+){1,3}experience\b/u
// Categories of tools and technologies: years with these are years of a skill, not of a field.
const TOOL_CATEGORIES = new Set([
  'programming-language',
  'cloud',
  'web-backend',
  'web-frontend',
  'data-engineering',
  'devops',
  'design-ux',
  'software-engineering',
  'machine-learning',
  'testing-qa',
  'mlops',
  'security',
  'data-science',
  'developer-tools',
  'databases',
  'analytics-bi',
  'mobile',
  'office-productivity',
  'erp-crm',
  'embedded-systems',
  'networking',
])
// Categories whose skills are bodies of knowledge (law, medicine, finance, industries) rather than tools or methods.
const DOMAIN_CATEGORIES = new Set([
  'legal',
  'healthcare',
  'finance-accounting',
  'banking',
  'payments',
  'business',
  'supply-chain',
  'agriculture',
  'apparel-fashion',
  'aviation',
  'automotive',
  'construction',
  'culinary',
  'fitness',
  'engineering',
  'arts',
  'public-relations',
  'teaching',
])
// A duty stated as done before: "managed a team", "scheduling staff", "experience managing budgets".
const ACTIVITY_CUE =
  /^(?:(?:\d+\+? years?(?: of)? )?(?:proven |demonstrated |previous |prior |hands-on |some )?(?:experience|track record|background|history) (?:of |in |with )?\w+ing\b|\w+ing (?:and \w+ing )?(?:a |an |the |new |multiple |large |small |cross-functional )?\w+|\w{3,}ed\b|(?:led|built|ran|took|made|kept|oversaw|taught|sold|grew|wrote|drove|set up)\b|experiencia (?:em|en|com|con) \w+(?:ar|er|ir|ndo|cao|cion)\b)/

const TOOL_PREPOSITION = /\b(?:in|with|using|on|em|com|en|con|usando|utilizando)\s+$/u

/**
 * True when a tool the requirement names is what the activity is done with: "3+ years training models in PyTorch",
 * "5+ years developing embedded software in C and C++". Those years are the tool's; "5+ years building data
 * pipelines" names what was built, and stays a tenure at the activity.
 */
function usesNamedTool(text: string, skillIds: readonly string[], taxonomy: Taxonomy): boolean {
  const asked = new Set(skillIds)
  const tools = findSkills(text, taxonomy).filter((match) =>
    TOOL_CATEGORIES.has(categoryOf(taxonomy, match.skillId) ?? ''),
  )
  // The list a preposition opens goes on after its first tool ("in C and C++"): every tool from there is used.
  const opened = tools.find((match) =>
    TOOL_PREPOSITION.test(normalizeText(text.slice(Math.max(0, match.start - 12), match.start))),
  )
  return (
    opened !== undefined && tools.some((match) => match.start >= opened.start && asked.has(match.skillId))
  )
}

/** True when the skill is a tool or technology (a language, a platform, a library) rather than a field or a domain. */
export function isToolSkill(taxonomy: Taxonomy, skillId: string): boolean {
  return TOOL_CATEGORIES.has(categoryOf(taxonomy, skillId) ?? '')
}

/** True when the text names a degree ("BA/BS", "Bachelor's degree", "Licenciatura", "Graduação"). */
export function namesDegree(text: string): boolean {
  return DEGREE.test(normalizeText(text))
}

/** True when the skill is a body of knowledge (law, medicine, finance, an industry) rather than a tool or method. */
export function isDomainSkill(taxonomy: Taxonomy, skillId: string): boolean {
  return DOMAIN_CATEGORIES.has(categoryOf(taxonomy, skillId) ?? '')
}

/** Where the text first names a degree's level ("pós-graduação", "Bachelor's"), or -1. Offsets hold for accented text. */
export function findDegreeLevel(text: string): number {
  const folded = normalizeText(text)
  if (folded.length !== text.length) return -1
  return DEGREE.exec(folded)?.index ?? -1
}

/** True when the text speaks of a credential held: a licence or certificate, or a registration kept valid ("válidas"). */
export function statesCredential(text: string, taxonomy: Taxonomy): boolean {
  return CERTIFICATION.test(normalizeText(text)) || VALIDITY.test(withoutSkillNames(text, taxonomy))
}

/**
 * True when a degree or a credential named by its class noun (a diploma, a licence, a certificate, a registration) is
 * what a sentence is about: it comes within its first words ("Holding the Diploma in … is expected", "A current
 * registration with …"). Named further on, it is what some work deals with ("…, and collect feedback on registration
 * quality"); a word of validity alone also says "current customers".
 */
export function leadsWithCredential(text: string): boolean {
  const folded = normalizeText(text)
  const at = [DEGREE.exec(folded)?.index, CERTIFICATION.exec(folded)?.index].filter(
    (index): index is number => index !== undefined,
  )
  if (at.length === 0) return false
  return (
    folded
      .slice(0, Math.min(...at))
      .split(/\s+/u)
      .filter(Boolean).length <= 4
  )
}

/** The folded text with the skills it names blanked out, so a word inside a name ("Active Directory") reads as part of it. */
function withoutSkillNames(text: string, taxonomy: Taxonomy): string {
  let rest = text
  for (const match of findSkills(text, taxonomy))
    rest = `${rest.slice(0, match.start)}${' '.repeat(match.end - match.start)}${rest.slice(match.end)}`
  return normalizeText(rest)
}

/** Categories whose skills are spoken languages or soft qualities rather than tools or methods. */
function categoryOf(taxonomy: Taxonomy, skillId: string): string | null {
  return getSkill(taxonomy, skillId)?.category ?? null
}

/**
 * Decides what a requirement asks for from its text and the skills found in it. General cues, not a phrase list:
 * the class nouns of degrees and licences, the words of place, time and authorisation that make up logistics, and
 * the taxonomy's own categories (spoken languages, soft skills). Anything else naming a tool is a skill; a domain
 * with no tool is knowledge; a duty done before is an activity; years in a role or field with no skill are experience.
 */
// A course taken ("Curso de vigilador", "curso de formação de vigilantes", "a forklift course"): a credential earned
// by training, not a school level; "curso técnico" and "curso superior" name levels and stay degrees.
const COURSE =
  /^(?:\p{L}+ )?(?:cursos?|course|training course)(?! (?:tecnico|superior|de (?:graduacao|licenciatura|bacharelado|tecnologo|pos-graduacao)))\b(?: (?:de|del|da|do|dos|das|en|em|of|in|on)\b| (?:completo|concluido|aprobado|vigente|valido))/u

// The paper closing a phrase ("Confined Space Entry tickets", "carnet"): what comes before it names what it is for.
const CREDENTIAL_HEAD = /\b(?:tickets?|carnets?|carteirinhas?)(?:\s*\(.*\))?\s*[.;]?$/u
// A doing whose object is the tickets ("resolving support tickets", "atender tickets"): work, not a paper held.
const WORKS_TICKETS = /^\p{L}+(?:ing|ar|er|ir)\s+(?:\p{L}+\s+)?tickets?\b/u
// A tenure or a past stated in the line's frame: years asked, an experience noun opening it, or a perfect of having
// done something ("have led", "ter coordenado", "haber participado").
const TENURE_OR_PAST_FRAME =
  /^(?:(?:\p{L}+ ){0,2}(?:experience|experiencia|vivencia)\b|(?:you'?ve|you have|have|having|ter|tenha|haber|haya|hayas) (?:\p{L}+ )?\p{L}{3,}(?:ed|ado|ido)\b)/u

/** True when the line is a tenure or a past: years asked, or an experience or a perfect frame opening it. */
function statesTenureOrPast(text: string, minYears: number | null): boolean {
  return minYears !== null || TENURE_OR_PAST_FRAME.test(text)
}

export function classifyRequirement(input: {
  text: string
  skillIds: readonly string[]
  minYears: number | null
  taxonomy: Taxonomy
}): RequirementType {
  const text = normalizeText(input.text).replace(/\s+/g, ' ').trim()
  const categories = input.skillIds.map((id) => categoryOf(input.taxonomy, id))
  const allLanguages = categories.length > 0 && categories.every((c) => c === 'spoken-language')
  const allSoft = categories.length > 0 && categories.every((c) => c === 'soft-skill')
  const hardSkills = categories.filter((c) => c !== null && c !== 'spoken-language' && c !== 'soft-skill')

  if (allLanguages) return 'language'
  // A course in a field or a method ("curso de atendimento ao cliente") is still a course; one in a tool ("curso de
  // Excel") asks for the tool.
  if (COURSE.test(text) && hardSkills.every((category) => !TOOL_CATEGORIES.has(category ?? '')))
    return 'certification'
  if (DEGREE.test(text) && hardSkills.length <= 2) return 'degree'
  const unlicensed = text.replace(DRIVING_LICENCE_ALL, ' ')
  if (
    (LOGISTICS_FIRST.test(unlicensed) ||
      LOGISTICS_QUESTIONS.some((question) => question.test(unlicensed)) ||
      statesAge(input.text)) &&
    hardSkills.length === 0
  )
    return 'logistics'
  if (DRIVING_LICENCE.test(text)) return 'certification'
  if (CERTIFICATION.test(text) || namesRegistration(input.text, false)) return 'certification'
  // A phrase headed by the paper that proves it ("Working at Heights ticket", "carnet de socorrista"): the condition it
  // names is the training the paper certifies, so a credential, not a condition to confirm.
  if (CREDENTIAL_HEAD.test(text) && hardSkills.length === 0 && !WORKS_TICKETS.test(text))
    return 'certification'
  // A question about the body or the place of work, or a willingness to go where and when the job needs: confirmed
  // with the candidate, unless it names a skill.
  if ((asksAboutBodyOrWorkplace(input.text) || WILLING_TO_GO.test(text)) && hardSkills.length === 0)
    return 'logistics'
  // A code kept valid is a credential even when the taxonomy files it under a field ("NR-35 válida", a safety
  // norm's training); a tool's name with a word of validity ("Active Directory") is not.
  if (
    ACRONYM.test(input.text) &&
    hardSkills.every((category) => !TOOL_CATEGORIES.has(category ?? '')) &&
    VALIDITY.test(hardSkills.length === 0 ? text : withoutSkillNames(input.text, input.taxonomy))
  )
    return 'certification'
  // A word of place or time inside a tenure or a past ("two years of on-site monitoring", "experience being on call",
  // "haber llevado turnos") describes where or when that work was done; the work is what is asked.
  if (LOGISTICS.test(text) && hardSkills.length === 0 && !statesTenureOrPast(text, input.minYears))
    return 'logistics'
  if (
    categories.length === 0 &&
    LANGUAGE_LEVEL.test(text) &&
    /\b(?:english|ingles|portugues|espanol|spanish|portuguese|french|german)\b/.test(text)
  )
    return 'language'
  if (allSoft) {
    // "managed a team of 5" is a duty done before; "strong communication" is a quality seen in the interview.
    if (
      input.skillIds.some(
        (id) => id === 'people-management' || id === 'delegation' || id === 'team-development',
      )
    )
      return 'activity'
    return 'trait'
  }
  // "7 years in writing or a related field (e.g. journalism)": the years are in a field the skills only illustrate.
  if (input.minYears !== null && FIELD_EXPERIENCE.test(text)) return 'experience'
  if (
    input.minYears !== null &&
    ((YEARS_DOING.test(text) && !usesNamedTool(input.text, input.skillIds, input.taxonomy)) ||
      (YEARS_IN_FIELD.test(text) && !hardSkills.every((category) => TOOL_CATEGORIES.has(category ?? ''))))
  )
    return 'experience'
  if (hardSkills.length > 0) {
    // "Knowledge of GDPR": a body of knowledge, not a tool, when every skill named is a domain.
    if (
      (KNOWLEDGE_CUE.test(text) || MASTERY_CUE.test(text)) &&
      hardSkills.every((category) => DOMAIN_CATEGORIES.has(category ?? ''))
    )
      return 'knowledge'
    return 'skill'
  }
  if (TRAIT.test(text) && !ACTIVITY_CUE.test(text)) return 'trait'
  // A noun of character heading the line ("Patience matters more than speed") names the quality asked for.
  if (opensWithTraitNoun(input.text)) return 'trait'
  // The kind of person wanted ("Someone dependable", "Alguém proativo e organizado"), or a list of adjectives of
  // character with no noun ("Responsable y puntual"): qualities, assessed in the interview.
  if (findPersonQualities(input.text) !== null || listsCharacterAdjectives(input.text)) return 'trait'
  // Nouns of quality in Portuguese or Spanish ("Orden y puntualidad", "Atención al detalle"), which WordNet cannot read.
  if (listsQualityNouns(input.text)) return 'trait'
  // A list of qualities some of which no test above knows ("Calm under pressure and coachable"): a list is of one kind.
  if (findQualityList(input.text) !== null) return 'trait'
  if (input.minYears !== null) return 'experience'
  // No tool, no years, no cue: a line of character words ("Friendly, patient manner") is a trait, not a domain.
  if (!KNOWLEDGE_CUE.test(text) && !ACTIVITY_CUE.test(text) && readsAsTraits(input.text)) return 'trait'
  if (KNOWLEDGE_CUE.test(text)) return 'knowledge'
  if (ACTIVITY_CUE.test(text)) return 'activity'
  return 'knowledge'
}
