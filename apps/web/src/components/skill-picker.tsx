import type { SkillRef } from '@shortlist/contracts'
import { useDeferredValue, useId, useState } from 'react'
import { useSkills } from '../api/queries'

/**
 * Picks skills from the taxonomy. Chosen skills are removable chips; matches are plain buttons so the
 * whole control works with Tab and Enter, without a custom combobox.
 */
export function SkillPicker({
  value,
  onChange,
  label = 'Skills',
}: {
  value: SkillRef[]
  onChange: (skills: SkillRef[]) => void
  label?: string
}) {
  const inputId = useId()
  const resultsId = useId()
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query.trim())
  const skills = useSkills(deferred)
  const chosen = new Set(value.map((skill) => skill.id))
  const matches = deferred ? (skills.data?.items ?? []).filter((skill) => !chosen.has(skill.id)) : []

  return (
    <div className="skill-picker">
      <span className="label-text">{label}</span>
      <ul className="chip-list" aria-label={`Chosen ${label.toLowerCase()}`}>
        {value.length === 0 ? <li className="muted">None yet</li> : null}
        {value.map((skill) => (
          <li key={skill.id} className="chip chip-skill">
            {skill.name}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove skill ${skill.name}`}
              onClick={() => onChange(value.filter((other) => other.id !== skill.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="visually-hidden">
        Search skills to add
      </label>
      <input
        id={inputId}
        type="search"
        className="input input-small"
        placeholder="Search skills to add"
        value={query}
        autoComplete="off"
        aria-describedby={resultsId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first match instead of submitting the surrounding form.
          if (event.key === 'Enter') {
            event.preventDefault()
            const first = matches[0]
            if (first) {
              onChange([...value, { id: first.id, name: first.name }])
              setQuery('')
            }
          }
        }}
      />
      <div id={resultsId} className="skill-results" aria-live="polite">
        {deferred && skills.isFetching && matches.length === 0 ? (
          <span className="muted">Searching…</span>
        ) : null}
        {deferred && !skills.isFetching && matches.length === 0 ? (
          <span className="muted">No skills match “{deferred}”.</span>
        ) : null}
        {matches.length > 0 ? (
          <ul className="skill-matches">
            {matches.slice(0, 8).map((skill) => (
              <li key={skill.id}>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    onChange([...value, { id: skill.id, name: skill.name }])
                    setQuery('')
                  }}
                >
                  Add {skill.name}
                  <span className="muted"> · {skill.category}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  )
}
