import { Fragment } from 'react'

export type HighlightSpan = {
  start: number
  end: number
  /** The requirement (or other thing) this span supports. */
  id: string
  status?: string
  label?: string
}

type Segment = { start: number; end: number; spans: HighlightSpan[] }

/** Splits text at every span boundary so overlapping spans render as nested-free, adjacent marks. */
export function segmentText(text: string, spans: readonly HighlightSpan[]): Segment[] {
  const valid = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((span) => span.start < span.end)
  const boundaries = new Set<number>([0, text.length])
  for (const span of valid) {
    boundaries.add(span.start)
    boundaries.add(span.end)
  }
  const points = [...boundaries].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] as number
    const end = points[index + 1] as number
    if (start === end) continue
    segments.push({ start, end, spans: valid.filter((span) => span.start <= start && span.end >= end) })
  }
  return segments
}

const statusRank: Record<string, number> = { matched: 3, partial: 2, missing: 1 }

/**
 * Text with `<mark>` elements at the given offsets. Marks carry data attributes naming what they support,
 * so the page (and tests) can find the evidence for one requirement.
 */
export function HighlightedText({
  text,
  spans,
  activeId,
  className,
  markLabel,
  label,
}: {
  /** Names the scrollable region; it is focusable so keyboard users can scroll it. */
  label: string
  text: string
  spans: readonly HighlightSpan[]
  activeId?: string | null
  className?: string
  markLabel?: (spans: HighlightSpan[]) => string
}) {
  const segments = segmentText(text, spans)
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls, and keyboard users must be able to scroll it
    <section className={className ?? 'highlighted-text'} tabIndex={0} aria-label={label}>
      {segments.map((segment) => {
        const content = text.slice(segment.start, segment.end)
        const first = segment.spans[0]
        if (!first) return <Fragment key={segment.start}>{content}</Fragment>
        const best = [...segment.spans].sort(
          (a, b) => (statusRank[b.status ?? ''] ?? 0) - (statusRank[a.status ?? ''] ?? 0),
        )[0]
        const active = activeId != null && segment.spans.some((span) => span.id === activeId)
        return (
          <mark
            key={segment.start}
            className={active ? 'is-active' : undefined}
            data-requirement-id={first.id}
            data-requirement-ids={segment.spans.map((span) => span.id).join(' ')}
            data-status={best?.status}
            data-start={segment.start}
            data-end={segment.end}
            title={markLabel ? markLabel(segment.spans) : segment.spans.map((span) => span.label).join(', ')}
          >
            {content}
          </mark>
        )
      })}
    </section>
  )
}
