/** A score from 0 to 100 drawn as a bar, with the number as text so it never relies on colour alone. */
export function ScoreBar({ score, label }: { score: number | undefined; label?: string }) {
  const value = score === undefined ? undefined : Math.max(0, Math.min(100, score))
  return (
    <div className="score">
      <span className="score-number">{value === undefined ? '—' : Math.round(value)}</span>
      <meter
        className="score-bar"
        min={0}
        max={100}
        low={40}
        high={70}
        optimum={100}
        value={value ?? 0}
        aria-label={label ?? 'Score out of 100'}
      />
    </div>
  )
}
