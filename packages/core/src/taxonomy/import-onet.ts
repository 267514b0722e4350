import type { Skill } from '../types'
import { slugify } from './slugify'

/** Category for imported skills whose O*NET commodity has no closer match in our categories. */
export const IMPORTED_CATEGORY = 'imported'

// O*NET groups products by UNSPSC commodity; these title fragments pick the nearest curated category.
const COMMODITY_CATEGORIES: readonly [RegExp, string][] = [
  [
    /object or component oriented|programming language|compiler|development software$/i,
    'programming-language',
  ],
  [/web platform|web page creation|internet browser/i, 'web-backend'],
  [/development environment|program testing|configuration management/i, 'developer-tools'],
  [/database|data base/i, 'databases'],
  [/business intelligence|data analysis/i, 'analytics-bi'],
  [/analytical or scientific|statistical/i, 'data-science'],
  [
    /spreadsheet|word processing|presentation|office suite|electronic mail|calendar|scheduling/i,
    'office-productivity',
  ],
  [/accounting|tax preparation|financial analysis|billing/i, 'finance-accounting'],
  [
    /enterprise resource planning|customer relationship management|human resources|sales and marketing/i,
    'erp-crm',
  ],
  [/graphics|photo imaging|video creation|music or sound|desktop publishing/i, 'design-ux'],
  [/computer aided design|computer aided manufacturing|industrial control/i, 'engineering'],
  [/medical software|healthcare|clinical/i, 'healthcare'],
  [/network|security|encryption|virus|transaction security/i, 'security'],
  [/operating system|platform interconnectivity|cloud/i, 'cloud'],
  [/project management/i, 'project-management'],
  [/educational|instructional|learning management/i, 'teaching'],
  [/legal|case management/i, 'legal'],
]

/** Commodities this small list true substitutes (spreadsheets); larger ones are broad families. */
const MAX_SUBSTITUTE_GROUP = 12

function categoryForCommodity(title: string): string {
  return COMMODITY_CATEGORIES.find(([pattern]) => pattern.test(title))?.[1] ?? IMPORTED_CATEGORY
}

function splitTsvLine(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim())
}

/**
 * Parses O*NET "Technology Skills" (tab-separated, header `O*NET-SOC Code, Example, Commodity Code,
 * Commodity Title, Hot Technology, In Demand`) into one skill per product; products of a small
 * commodity relate to each other.
 */
export function parseOnetTechnologySkills(tsv: string): Skill[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '')
  const header = lines.shift()
  if (!header) return []
  const columns = splitTsvLine(header).map((name) => name.toLowerCase())
  const exampleColumn = columns.indexOf('example')
  const commodityColumn = columns.indexOf('commodity title')
  if (exampleColumn < 0 || commodityColumn < 0) {
    throw new Error('O*NET file needs "Example" and "Commodity Title" columns')
  }
  const skills = new Map<string, Skill>()
  const byCommodity = new Map<string, Set<string>>()
  for (const line of lines) {
    const cells = splitTsvLine(line)
    const name = cells[exampleColumn]
    const commodity = cells[commodityColumn] ?? ''
    if (!name) continue
    const id = slugify(name)
    if (!id) continue
    if (!skills.has(id)) {
      skills.set(id, { id, name, category: categoryForCommodity(commodity), aliases: [], related: [] })
    }
    const members = byCommodity.get(commodity) ?? new Set<string>()
    members.add(id)
    byCommodity.set(commodity, members)
  }
  for (const members of byCommodity.values()) {
    if (members.size < 2 || members.size > MAX_SUBSTITUTE_GROUP) continue
    for (const id of members) {
      const skill = skills.get(id)
      if (skill)
        skill.related = [...new Set([...skill.related, ...[...members].filter((other) => other !== id)])]
    }
  }
  return [...skills.values()]
}
