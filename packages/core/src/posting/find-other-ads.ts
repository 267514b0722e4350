import { classifyHeading } from './posting-cues'
import { readAdTitleRun } from './reads-as-ad-title'
import { readsAsListingByline } from './reads-as-listing-byline'

type AdLine = { text: string; blankBefore: boolean }

// Most lines an ad of a classifieds page holds: its text and the board's line under it ("Publicado hace 2 días ·
// Montevideo · Ref. 48213"). A longer block is a posting's own prose, whatever its first words.
const AD_LINES = 4

/**
 * Finds the lines of the other ads on a classifieds page pasted whole. Such a page holds several ads, each a short
 * block that opens on a title in capitals run into its text ("CHOFER CAT. C P/ REPARTO de bebidas. Zona Cerro…",
 * "MOTOQUEROS c/ moto propia…"). The ad the reader came for is the one that says the most; the others are listings
 * beside it, and nothing they ask is asked of this candidate. A block that ends on the board's byline ("Bueu · hace 5
 * días") is an ad whatever its first words, since a board dates each listing it prints. A page with one such block is
 * left whole.
 */
export function findOtherAds(lines: readonly AdLine[]): Set<number> {
  const blocks: number[][] = []
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.blankBefore) blocks.push([])
    blocks.at(-1)?.push(index)
  }
  const ads = blocks.filter((block) => {
    // A board's mark may stand over the ad on a line of its own ("★ DESTACADO", "NEW").
    // Its words are counted, not its dashes ("— Anuncio destacado —").
    const marked =
      ((lines[block[0] as number]?.text ?? '').match(/\p{L}+/gu)?.length ?? 0) <= 3 && block.length > 1
    const dated = block.length > 1 && readsAsListingByline(lines[block.at(-1) as number]?.text ?? '')
    const first = lines[block[marked ? 1 : 0] as number]?.text ?? ''
    const title = readAdTitleRun(first)
    // "REQUISITOS: …", "ABOUT US We are…": a section heading run into its text is no ad's title.
    // A dated block is an ad at any length: the reader may have cut the kept ad's run-on text into several lines.
    if (dated) return true
    if (block.length > AD_LINES) return false
    return (
      title !== null &&
      !/:/u.test(title) &&
      classifyHeading(title) === null &&
      classifyHeading(first.split(/[.:]/u)[0] ?? '') === null
    )
  })
  const found = new Set<number>()
  if (ads.length < 2) return found
  const size = (block: number[]) => block.reduce((sum, index) => sum + (lines[index]?.text.length ?? 0), 0)
  const kept = ads.reduce((best, block) => (size(block) > size(best) ? block : best))
  for (const block of ads) if (block !== kept) for (const index of block) found.add(index)
  // Each ad ends on its byline, so what follows the last dated ad is the board's own page (its warnings to job
  // seekers, its alerts, its legal links), addressed to every visitor and asked of no candidate.
  const last = ads.at(-1)
  const lastLine = last?.at(-1)
  if (
    last !== undefined &&
    lastLine !== undefined &&
    last.length > 1 &&
    readsAsListingByline(lines[lastLine]?.text ?? '')
  )
    for (let index = lastLine + 1; index < lines.length; index++) found.add(index)
  return found
}
