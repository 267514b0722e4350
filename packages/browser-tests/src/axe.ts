import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] }

let axeSource: string | undefined

function loadAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  return axeSource
}

/** Runs axe-core in the page (WCAG 2.x A and AA) and returns the serious and critical violations. */
export async function findSeriousViolations(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => 'axe' in window)
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's CSP refuses inline script.
  if (!present) await page.evaluate(loadAxeSource())
  const violations = await page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
    }
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResult> } }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }))
  })
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}
