import { type SkillRef, ZCreateSkillBody, ZSkill } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useDeferredValue, useId, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { useSkillSearch } from '../api/queries'
import { type FieldErrors, problemFieldErrors, zodFieldErrors } from '../components/form'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { SkillPicker } from '../components/skill-picker'
import { EmptyState, ErrorState, FieldError, Loading } from '../components/status'
import { TextField } from '../components/text-field'

/** Aliases are typed one per line or separated by commas. */
function splitAliases(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0)
}

/** The taxonomy keys categories in kebab-case, so "Data engineering" is sent as "data-engineering". */
function toCategory(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  return trimmed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Collapses per-item paths (`aliases.2`) onto the field that shows them. */
function fieldErrors(errors: FieldErrors): FieldErrors {
  const collapsed: FieldErrors = {}
  for (const [path, message] of Object.entries(errors)) {
    const [field = 'form', index] = path.split('.')
    const text =
      field === 'aliases' && index !== undefined ? `Alias ${Number(index) + 1}: ${message}` : message
    if (!(field in collapsed)) collapsed[field] = text
  }
  return collapsed
}

/** A short summary for the status line, announced once per settled search rather than per table cell. */
function describeCount(count: number, query: string): string {
  const noun = count === 1 ? 'skill' : 'skills'
  if (!query) return `Showing ${count} ${noun}; search to find others.`
  return `${count === 0 ? 'No' : count} ${noun} match “${query}”.`
}

export function SkillsPage() {
  usePageTitle('Skills')
  const me = useStaff()
  const canAdd = me.user.role === 'admin' || me.user.role === 'recruiter'
  return (
    <>
      <PageHeading>Skills</PageHeading>
      <p className="lead">
        The skills taxonomy reads requirements and resumes. Add your organization’s own skills, or other
        spellings of known ones, so they are recognized everywhere.
      </p>
      <div className="grid-two">
        {canAdd ? <AddSkillForm /> : null}
        <SkillSearch />
      </div>
    </>
  )
}

function AddSkillForm() {
  const queryClient = useQueryClient()
  const aliasesId = useId()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [related, setRelated] = useState<SkillRef[]>([])
  const [added, setAdded] = useState<string | null>(null)
  const create = useMutation({
    mutationFn: (body: unknown) => apiRequest('/v1/skills', ZSkill, { method: 'POST', body }),
    onSuccess: (skill) => {
      const spellings = skill.aliases.length
      setAdded(
        `Added ${skill.name}${spellings > 0 ? ` with ${spellings} ${spellings === 1 ? 'alias' : 'aliases'}` : ''}.`,
      )
      return queryClient.invalidateQueries({ queryKey: ['skills'] })
    },
    onError: (error) => setErrors(fieldErrors(problemFieldErrors(error))),
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values = new FormData(form)
    const category = toCategory(String(values.get('category') ?? ''))
    setAdded(null)
    if (category === '') {
      setErrors({ category: 'Use letters or digits, for example “data-engineering”.' })
      return
    }
    const parsed = ZCreateSkillBody.safeParse({
      name: String(values.get('name') ?? ''),
      aliases: splitAliases(String(values.get('aliases') ?? '')),
      category,
      related: related.map((skill) => skill.id),
    })
    if (!parsed.success) {
      setErrors(fieldErrors(zodFieldErrors(parsed.error)))
      return
    }
    setErrors({})
    create.mutate(parsed.data, {
      onSuccess: () => {
        form.reset()
        setRelated([])
      },
    })
  }

  return (
    <section className="card" aria-labelledby="add-skill-heading">
      <h2 id="add-skill-heading">Add a skill</h2>
      {create.isError ? <ErrorState error={create.error} title="Could not add the skill." /> : null}
      {added ? (
        <p className="state state-success" role="status">
          {added}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextField label="Skill name" name="name" autoComplete="off" required error={errors.name} />
        <div className="field">
          <label htmlFor={aliasesId}>Aliases</label>
          <p className="hint" id={`${aliasesId}-hint`}>
            Other names or spellings, separated by commas or one per line.
          </p>
          <textarea
            id={aliasesId}
            name="aliases"
            className="input"
            rows={3}
            aria-invalid={errors.aliases ? true : undefined}
            aria-describedby={[`${aliasesId}-hint`, errors.aliases ? `${aliasesId}-error` : null]
              .filter(Boolean)
              .join(' ')}
          />
          <FieldError id={`${aliasesId}-error`} message={errors.aliases} />
        </div>
        <TextField
          label="Category (optional)"
          name="category"
          autoComplete="off"
          hint="For example “data-engineering”. Left empty, the skill is filed under “custom”."
          error={errors.category}
        />
        <SkillPicker value={related} onChange={setRelated} label="Related skills (optional)" />
        <FieldError id={`${aliasesId}-related-error`} message={errors.related} />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add skill'}
        </button>
      </form>
    </section>
  )
}

function SkillSearch() {
  const [params, setParams] = useSearchParams()
  const inputId = useId()
  const [query, setQuery] = useState(params.get('q') ?? '')
  const deferred = useDeferredValue(query.trim())
  const skills = useSkillSearch(deferred)

  const onChange = (value: string) => {
    setQuery(value)
    // Replacing the history entry keeps the search in the URL without one Back press per keystroke.
    const next = new URLSearchParams(params)
    if (value.trim()) next.set('q', value.trim())
    else next.delete('q')
    setParams(next, { replace: true })
  }

  return (
    <section className="card" aria-labelledby="search-skills-heading">
      <h2 id="search-skills-heading">Search the taxonomy</h2>
      <search className="field">
        <label htmlFor={inputId}>Search skills</label>
        <input
          id={inputId}
          type="search"
          className="input"
          value={query}
          autoComplete="off"
          placeholder="Name or alias"
          onChange={(event) => onChange(event.target.value)}
        />
      </search>
      <p className="muted small skill-search-count" role="status">
        {skills.data ? describeCount(skills.data.items.length, deferred) : ''}
      </p>
      <div className="skill-search-results">
        {skills.isPending ? <Loading label="Loading skills…" /> : null}
        {skills.isError ? <ErrorState error={skills.error} onRetry={() => void skills.refetch()} /> : null}
        {skills.data && skills.data.items.length === 0 ? (
          <EmptyState>No skills match “{deferred}”.</EmptyState>
        ) : null}
        {skills.data && skills.data.items.length > 0 ? (
          <div
            className={`table-wrap${skills.isPlaceholderData ? ' is-stale' : ''}`}
            aria-busy={skills.isPlaceholderData}
          >
            <table className="table skills-table">
              <caption className="visually-hidden">
                {deferred ? `Skills matching “${deferred}”` : 'Skills in the taxonomy'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col" className="col-category">
                    Category
                  </th>
                  <th scope="col" className="col-aliases">
                    Aliases
                  </th>
                </tr>
              </thead>
              <tbody>
                {skills.data.items.map((skill) => (
                  <tr key={skill.id} data-skill-id={skill.id}>
                    <th scope="row">
                      {skill.name}
                      {skill.custom ? <span className="badge badge-custom">Yours</span> : null}
                    </th>
                    <td>{skill.category}</td>
                    <td className="break">
                      {skill.aliases.length > 0 ? skill.aliases.join(', ') : <span className="muted">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </section>
  )
}
