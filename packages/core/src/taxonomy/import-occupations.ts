import type { Skill } from '../types'
import { findSkills } from './find-skills'
import { parseCsv } from './import-esco'
import type { Taxonomy } from './load-taxonomy'
import { slugify } from './slugify'

/**
 * Occupation codes -> the curated category (skill family) the occupation works in, longest prefix first. O*NET-SOC
 * codes ("15-1252.00") are matched on their digits ("151252"); ESCO occupations carry an ISCO-08 group ("2512").
 * An occupation is imported as an occupational skill in that family, with its titles as aliases, so a job title
 * ("Java Developer") names the family the way "recruiter" already names recruiting. Codes with no clear family
 * (managers in general, production, transport) are left out rather than filed under a guess.
 */
export const SOC_FAMILIES: readonly [string, string][] = [
  ['1120', 'marketing'], // advertising, marketing and public relations managers
  ['112022', 'sales'], // sales managers
  ['113021', 'it-support'], // computer and information systems managers
  ['113031', 'finance-accounting'], // financial managers
  ['113061', 'supply-chain'], // purchasing managers
  ['113071', 'supply-chain'], // transportation, storage and distribution managers
  ['1131', 'hr'], // compensation, human resources, training managers
  ['1310', 'business'], // business operations specialists
  ['131071', 'hr'], // human resources specialists
  ['131075', 'hr'], // labor relations specialists
  ['131081', 'supply-chain'], // logisticians
  ['131082', 'project-management'], // project management specialists
  ['1311', 'business'], // management analysts and other business specialists
  ['131141', 'hr'], // compensation and benefits specialists
  ['131151', 'hr'], // training and development specialists
  ['131161', 'marketing'], // market research analysts and marketing specialists
  ['1320', 'finance-accounting'], // financial specialists
  ['1512', 'software-engineering'], // computer occupations
  ['151211', 'it-support'], // computer systems analysts
  ['151212', 'security'], // information security analysts
  ['151231', 'networking'], // computer network support specialists
  ['151232', 'it-support'], // computer user support specialists
  ['151241', 'networking'], // computer network architects
  ['151242', 'databases'], // database administrators
  ['151243', 'databases'], // database architects
  ['151244', 'networking'], // network and computer systems administrators
  ['151253', 'testing-qa'], // software quality assurance analysts and testers
  ['151254', 'web-frontend'], // web developers
  ['151255', 'design-ux'], // web and digital interface designers
  ['1520', 'data-science'], // mathematical science occupations: data scientists, statisticians
  ['152011', 'finance-accounting'], // actuaries
  ['1710', 'construction'], // architects and surveyors
  ['1720', 'engineering'], // engineers
  ['172061', 'embedded-systems'], // computer hardware engineers
  ['1730', 'engineering'], // drafters and engineering technicians
  ['23', 'legal'],
  ['25', 'teaching'],
  ['2710', 'design-ux'], // art and design workers
  ['271012', 'arts'], // craft artists
  ['271013', 'arts'], // fine artists
  ['271022', 'apparel-fashion'], // fashion designers
  ['2720', 'arts'], // entertainers and performers
  ['272022', 'fitness'], // coaches and scouts
  ['2730', 'public-relations'], // media and communication workers
  ['2740', 'digital-media'], // media and communication equipment workers
  ['29', 'healthcare'],
  ['31', 'healthcare'],
  ['35', 'culinary'],
  ['399031', 'fitness'], // exercise trainers
  ['41', 'sales'],
  ['433031', 'finance-accounting'], // bookkeeping, accounting and auditing clerks
  ['4340', 'customer-service'], // customer service representatives and information clerks
  ['45', 'agriculture'],
  ['47', 'construction'],
  ['532', 'aviation'], // air transportation workers
]

export const ISCO_FAMILIES: readonly [string, string][] = [
  ['1212', 'hr'],
  ['1221', 'sales'],
  ['1222', 'public-relations'],
  ['1211', 'finance-accounting'],
  ['1330', 'it-support'],
  ['2411', 'finance-accounting'],
  ['2412', 'finance-accounting'],
  ['2413', 'finance-accounting'],
  ['2421', 'business'],
  ['2422', 'business'],
  ['2423', 'hr'],
  ['2424', 'hr'],
  ['2431', 'marketing'],
  ['2432', 'public-relations'],
  ['2433', 'sales'],
  ['2434', 'sales'],
  ['2511', 'software-engineering'],
  ['2512', 'software-engineering'],
  ['2513', 'web-frontend'],
  ['2514', 'software-engineering'],
  ['2519', 'testing-qa'],
  ['2521', 'databases'],
  ['2522', 'networking'],
  ['2523', 'networking'],
  ['2529', 'security'],
  ['2120', 'data-science'],
  ['214', 'engineering'],
  ['215', 'engineering'],
  ['2161', 'construction'],
  ['2163', 'design-ux'],
  ['2166', 'design-ux'],
  ['261', 'legal'],
  ['22', 'healthcare'],
  ['32', 'healthcare'],
  ['23', 'teaching'],
  ['264', 'public-relations'],
  ['3311', 'finance-accounting'],
  ['3313', 'finance-accounting'],
  ['3322', 'sales'],
  ['3323', 'supply-chain'],
  ['3324', 'supply-chain'],
  ['351', 'it-support'],
  ['352', 'digital-media'],
  ['4222', 'customer-service'],
  ['512', 'culinary'],
  ['52', 'sales'],
  ['61', 'agriculture'],
  ['71', 'construction'],
  ['3153', 'aviation'],
  ['265', 'arts'],
  ['2654', 'digital-media'],
  ['3422', 'fitness'],
  ['3423', 'fitness'],
]

/** The family of an occupation code: the longest listed prefix of its digits, or null when none fits. */
export function familyForOccupationCode(code: string, scheme: 'soc' | 'isco'): string | null {
  const digits = code.replace(/\D/g, '')
  if (!digits) return null
  let best: [string, string] | null = null
  for (const entry of scheme === 'soc' ? SOC_FAMILIES : ISCO_FAMILIES) {
    if (digits.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry
  }
  return best?.[1] ?? null
}

export type OccupationImport = { skills: Skill[]; skipped: number }

function occupationSkill(name: string, titles: Iterable<string>, category: string): Skill | null {
  const id = slugify(name)
  if (!id) return null
  const aliases = [...new Set([...titles].map((title) => title.trim()))].filter(
    (title) => title !== '' && title.toLowerCase() !== name.toLowerCase(),
  )
  return { id: `occupation-${id}`, name, category, aliases, related: [] }
}

/**
 * Parses O*NET "Alternate Titles" (tab-separated, header `O*NET-SOC Code, Title, Alternate Title, Short Title,
 * Source(s)`) into one occupational skill per occupation: its title, with every alternate and short title as an
 * alias. Occupations whose code has no family are counted in `skipped`.
 */
export function parseOnetAlternateTitles(tsv: string): OccupationImport {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '')
  const header = lines.shift()
  if (!header) return { skills: [], skipped: 0 }
  const columns = header.split('\t').map((name) => name.trim().toLowerCase())
  const codeColumn = columns.indexOf('o*net-soc code')
  const titleColumn = columns.indexOf('title')
  const alternateColumn = columns.indexOf('alternate title')
  const shortColumn = columns.indexOf('short title')
  if (codeColumn < 0 || titleColumn < 0 || alternateColumn < 0) {
    throw new Error('O*NET file needs "O*NET-SOC Code", "Title" and "Alternate Title" columns')
  }
  const occupations = new Map<string, { name: string; titles: Set<string> }>()
  for (const line of lines) {
    const cells = line.split('\t').map((cell) => cell.trim())
    const code = cells[codeColumn]
    const name = cells[titleColumn]
    if (!code || !name) continue
    const occupation = occupations.get(code) ?? { name, titles: new Set<string>() }
    for (const column of [alternateColumn, shortColumn]) {
      const title = column >= 0 ? cells[column] : undefined
      if (title && title.toLowerCase() !== 'n/a') occupation.titles.add(title)
    }
    occupations.set(code, occupation)
  }
  return collect(
    [...occupations].map(([code, occupation]) => ({
      family: familyForOccupationCode(code, 'soc'),
      ...occupation,
    })),
  )
}

/**
 * Parses the ESCO occupations CSV (`conceptUri, iscoGroup, preferredLabel, altLabels, ...`; alternative labels
 * newline-separated) into occupational skills, placed by their ISCO-08 group. Rows whose `status` is present and
 * not "released" are skipped.
 */
export function parseEscoOccupations(csv: string): OccupationImport {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
  if (!header) return { skills: [], skipped: 0 }
  const columns = header.map((name) => name.trim())
  const labelColumn = columns.indexOf('preferredLabel')
  const altColumn = columns.indexOf('altLabels')
  const iscoColumn = columns.indexOf('iscoGroup')
  const statusColumn = columns.indexOf('status')
  if (labelColumn < 0 || iscoColumn < 0) {
    throw new Error('ESCO occupations file needs "preferredLabel" and "iscoGroup" columns')
  }
  const occupations: Array<{ family: string | null; name: string; titles: Set<string> }> = []
  for (const row of rows) {
    const name = row[labelColumn]?.trim()
    if (!name) continue
    const status = statusColumn >= 0 ? row[statusColumn]?.trim() : undefined
    if (status && status !== 'released') continue
    const titles = (altColumn >= 0 ? (row[altColumn] ?? '') : '').split(/\r?\n|\|/)
    occupations.push({
      family: familyForOccupationCode(row[iscoColumn] ?? '', 'isco'),
      name,
      titles: new Set(titles),
    })
  }
  return collect(occupations)
}

function collect(
  occupations: ReadonlyArray<{ family: string | null; name: string; titles: Set<string> }>,
): OccupationImport {
  const skills = new Map<string, Skill>()
  let skipped = 0
  for (const occupation of occupations) {
    const skill = occupation.family
      ? occupationSkill(occupation.name, occupation.titles, occupation.family)
      : null
    if (!skill) {
      skipped += 1
      continue
    }
    const existing = skills.get(skill.id)
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...skill.aliases])]
    else skills.set(skill.id, skill)
  }
  return { skills: [...skills.values()], skipped }
}

/**
 * Fits imported occupations to the taxonomy so they add words without taking any from existing skills, since the
 * longest alias wins a match:
 * - a title that already names a skill ("Java Developer" names Java) is dropped: it keeps naming that skill;
 * - an occupation whose name names a skill of its own family ("Human Resources Specialists") becomes more
 *   spellings of that skill, the occupational form the curated data already uses ("recruiter" for recruiting);
 * - one whose name names a skill of another family ("Cloud Platform Operator" names cloud computing) is skipped,
 *   rather than hiding that skill behind a longer alias.
 */
export function reconcileOccupations(occupations: readonly Skill[], taxonomy: Taxonomy): OccupationImport {
  const skills: Skill[] = []
  let skipped = 0
  for (const occupation of occupations) {
    const aliases = occupation.aliases.filter((title) => findSkills(title, taxonomy).length === 0)
    const claims = findSkills(occupation.name, taxonomy).map((match) => taxonomy.skills.get(match.skillId))
    if (claims.length === 0) {
      skills.push({ ...occupation, aliases })
      continue
    }
    const sameFamily = claims.find((skill) => skill?.category === occupation.category)
    if (!sameFamily) {
      skipped += 1
      continue
    }
    skills.push({
      id: sameFamily.id,
      name: sameFamily.name,
      category: sameFamily.category,
      aliases,
      related: [],
    })
  }
  return { skills, skipped }
}
