// Builds the web app once if it has not been built yet, so `pnpm start` alone serves the UI.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(`${root}/apps/web/dist/index.html`)) {
  process.stderr.write('Building the web app (first start only)…\n')
  const result = spawnSync('pnpm', ['--filter', '@shortlist/web', 'build'], { cwd: root, stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
