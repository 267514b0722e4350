import type { BenchResult } from './bench-result'

const formatNumber = (value: number): string =>
  !Number.isFinite(value)
    ? String(value)
    : Math.abs(value) >= 100
      ? value.toFixed(0)
      : Math.abs(value) >= 10
        ? value.toFixed(1)
        : value.toFixed(2)

function table(header: string[], lines: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  )
  const render = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [
    render(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...lines.map(render),
  ].join('\n')
}

/** One Markdown table of every measured row (value, same-run baseline, ratio), then the quality figures. */
export function formatReport(results: BenchResult[]): string {
  const rows = results.flatMap((result) =>
    result.rows.map((row) => [
      row.benchmark,
      row.metric,
      `${formatNumber(row.value)} ${row.unit}`,
      `${formatNumber(row.baseline)} ${row.unit}`,
      row.ratio === null ? '' : `${formatNumber(row.ratio)}×`,
      row.note ?? '',
    ]),
  )
  const quality = results.flatMap((result) =>
    Object.entries(result.quality).map(([name, value]) => [result.name, name, formatNumber(value)]),
  )
  const parameters = results.map(
    (result) =>
      `${result.name}: ${Object.entries(result.parameters)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ')}`,
  )
  return [
    table(['benchmark', 'metric', 'value', 'baseline', 'speed-up', 'compared'], rows),
    '',
    table(['benchmark', 'quality', 'value'], quality),
    '',
    ...parameters,
  ].join('\n')
}
