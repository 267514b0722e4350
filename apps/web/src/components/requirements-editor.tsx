import {
  type Job,
  type RequirementKind,
  type RequirementType,
  type SkillRef,
  ZPutRequirementsBody,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { z } from 'zod'
import { apiRequest } from '../api/client'
import { queryKeys } from '../api/queries'
import { zodFieldErrors } from './form'
import { HighlightedText } from './highlighted-text'
import { SkillPicker } from './skill-picker'
import { ErrorState } from './status'

type Draft = {
  key: string
  id?: string
  label: string
  kind: RequirementKind
  type: RequirementType
  weight: number
  skills: SkillRef[]
  minYears: number | null
  /** A language's level as shown (the recruiter's choice, else as the line reads); null when none. */
  level: string | null
  /** A degree that accepts equivalent experience instead. */
  alternativeExperience: boolean
  /**
   * Which details the recruiter changed here. The API keeps a stored choice until it is sent again, and what it
   * returns is that choice or, without one, what the line reads; sending back an unchanged reading would pin it, so
   * a later edit of the label would no longer be read again.
   */
  edited: { level?: true; alternativeExperience?: true }
  source: { start: number; end: number } | null
}

function toDrafts(job: Job): Draft[] {
  return job.requirements.map((requirement) => ({
    key: requirement.id,
    id: requirement.id,
    label: requirement.label,
    kind: requirement.kind,
    type: requirement.type,
    weight: requirement.weight,
    skills: requirement.skills.length > 0 ? requirement.skills : requirement.skill ? [requirement.skill] : [],
    minYears: requirement.minYears,
    level: requirement.level,
    alternativeExperience: requirement.alternativeExperience,
    edited: {},
    source: requirement.source ? { start: requirement.source.start, end: requirement.source.end } : null,
  }))
}

let newKey = 0

const REQUIREMENT_TYPE_OPTIONS: ReadonlyArray<{ value: RequirementType; label: string }> = [
  { value: 'skill', label: 'Skill (tool, technology, method)' },
  { value: 'knowledge', label: 'Knowledge (a domain)' },
  { value: 'activity', label: 'Activity (done before)' },
  { value: 'language', label: 'Language' },
  { value: 'degree', label: 'Degree' },
  { value: 'certification', label: 'Certification or licence' },
  { value: 'experience', label: 'Experience (years in a role or field)' },
  { value: 'trait', label: 'Trait (assessed in interview)' },
  { value: 'logistics', label: 'Logistics (confirm with candidate)' },
]

/** CEFR codes first (what most postings in Europe and LATAM state), then the words postings use. */
const LANGUAGE_LEVEL_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'native', label: 'Native' },
  { value: 'fluent', label: 'Fluent' },
  { value: 'C2', label: 'C2 (proficient)' },
  { value: 'C1', label: 'C1 (advanced)' },
  { value: 'B2', label: 'B2 (upper intermediate)' },
  { value: 'B1', label: 'B1 (intermediate)' },
  { value: 'A2', label: 'A2 (elementary)' },
  { value: 'A1', label: 'A1 (beginner)' },
  { value: 'advanced', label: 'Advanced' },
  { value: 'intermediate', label: 'Intermediate' },
  { value: 'basic', label: 'Basic' },
]

/** The posting text beside its parsed requirements; every field is editable and saved as one ordered list. */
export function RequirementsEditor({ job, canEdit }: { job: Job; canEdit: boolean }) {
  const queryClient = useQueryClient()
  const [drafts, setDrafts] = useState<Draft[]>(() => toDrafts(job))
  const [dirty, setDirty] = useState(false)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [scrollTo, setScrollTo] = useState(0)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)

  // Server changes (analysis finishing, another editor) replace the drafts unless the user has unsaved edits.
  useEffect(() => {
    if (!dirty) setDrafts(toDrafts(job))
  }, [job, dirty])

  useEffect(() => {
    if (scrollTo === 0) return
    document
      .querySelector('.posting-text mark.is-active')
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [scrollTo])

  const save = useMutation({
    mutationFn: (body: unknown) =>
      apiRequest(`/v1/jobs/${encodeURIComponent(job.id)}/requirements`, z.unknown(), { method: 'PUT', body }),
    onSuccess: async () => {
      setDirty(false)
      setSaved(true)
      await queryClient.invalidateQueries({ queryKey: queryKeys.job(job.id) })
      await queryClient.invalidateQueries({ queryKey: ['job', job.id] })
    },
  })

  const change = (key: string, patch: Partial<Draft>) => {
    setDirty(true)
    setSaved(false)
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)))
  }

  const onSave = () => {
    const body = {
      requirements: drafts.map((draft) => ({
        ...(draft.id ? { id: draft.id } : {}),
        label: draft.label,
        kind: draft.kind,
        type: draft.type,
        weight: draft.weight,
        skillIds: draft.skills.map((skill) => skill.id),
        minYears: draft.minYears,
        ...(draft.edited.level ? { level: draft.level } : {}),
        ...(draft.edited.alternativeExperience ? { alternativeExperience: draft.alternativeExperience } : {}),
      })),
    }
    const parsed = ZPutRequirementsBody.safeParse(body)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors({})
    save.mutate(parsed.data)
  }

  const spans = drafts.flatMap((draft) =>
    draft.source
      ? [{ start: draft.source.start, end: draft.source.end, id: draft.key, label: draft.label }]
      : [],
  )

  return (
    <div className="requirements-layout">
      <section className="card posting" aria-labelledby="posting-heading">
        <h2 id="posting-heading">Posting</h2>
        <p className="hint">Highlighted passages are where each requirement was found.</p>
        <HighlightedText
          label="Posting text"
          text={job.description}
          spans={spans}
          activeId={activeKey}
          className="posting-text"
        />
      </section>
      <section className="card requirements" aria-labelledby="requirements-heading">
        <h2 id="requirements-heading">Requirements</h2>
        {drafts.length === 0 ? <p className="muted">No requirements yet. Add the first one below.</p> : null}
        <ol className="requirement-list">
          {drafts.map((draft, index) => (
            <RequirementRow
              key={draft.key}
              draft={draft}
              index={index}
              active={activeKey === draft.key}
              canEdit={canEdit}
              labelError={errors[`requirements.${index}.label`]}
              onFocus={() => setActiveKey(draft.key)}
              onShow={() => {
                setActiveKey(draft.key)
                setScrollTo((value) => value + 1)
              }}
              onChange={(patch) => change(draft.key, patch)}
              onRemove={() => {
                setDirty(true)
                setSaved(false)
                setDrafts((current) => current.filter((other) => other.key !== draft.key))
              }}
            />
          ))}
        </ol>
        {canEdit ? (
          <div className="requirements-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                const key = `new-${newKey++}`
                setDirty(true)
                setSaved(false)
                setDrafts((current) => [
                  ...current,
                  {
                    key,
                    label: '',
                    kind: 'required',
                    type: 'skill',
                    weight: 1,
                    skills: [],
                    minYears: null,
                    level: null,
                    alternativeExperience: false,
                    edited: {},
                    source: null,
                  },
                ])
                setActiveKey(key)
              }}
            >
              Add requirement
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={onSave}
              disabled={save.isPending || !dirty}
            >
              {save.isPending ? 'Saving…' : 'Save requirements'}
            </button>
            {dirty ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  setDrafts(toDrafts(job))
                  setDirty(false)
                  setErrors({})
                }}
              >
                Discard changes
              </button>
            ) : null}
            <p className="requirements-status" role="status" aria-live="polite">
              {dirty ? 'Unsaved changes.' : saved ? 'Requirements saved. Scores will update.' : ''}
            </p>
          </div>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <ErrorState
            error={new Error('Fix the highlighted requirements before saving.')}
            title="Not saved."
          />
        ) : null}
        {save.isError ? <ErrorState error={save.error} title="Could not save the requirements." /> : null}
      </section>
    </div>
  )
}

function RequirementRow({
  draft,
  index,
  active,
  canEdit,
  labelError,
  onFocus,
  onShow,
  onChange,
  onRemove,
}: {
  draft: Draft
  index: number
  active: boolean
  canEdit: boolean
  labelError: string | undefined
  onFocus: () => void
  onShow: () => void
  onChange: (patch: Partial<Draft>) => void
  onRemove: () => void
}) {
  const id = useId()
  const name = draft.label || `Requirement ${index + 1}`
  return (
    <li
      className={`requirement${active ? ' is-active' : ''}`}
      data-requirement-key={draft.key}
      onFocus={onFocus}
    >
      <fieldset disabled={!canEdit}>
        <legend>
          <span className="visually-hidden">Requirement {index + 1}: </span>
          {name}
        </legend>
        <div className="field">
          <label htmlFor={`${id}-label`}>Label</label>
          <input
            id={`${id}-label`}
            className="input"
            value={draft.label}
            aria-invalid={labelError ? true : undefined}
            onChange={(event) => onChange({ label: event.target.value })}
          />
          {labelError ? <p className="field-error">Give the requirement a short label.</p> : null}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select
              id={`${id}-kind`}
              className="input"
              value={draft.kind}
              onChange={(event) => onChange({ kind: event.target.value as RequirementKind })}
            >
              <option value="required">Required</option>
              <option value="nice_to_have">Nice to have</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>Type</label>
            <select
              id={`${id}-type`}
              className="input"
              value={draft.type}
              aria-describedby={`${id}-type-help`}
              onChange={(event) => onChange({ type: event.target.value as RequirementType })}
            >
              {REQUIREMENT_TYPE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <p id={`${id}-type-help`} className="muted small">
              {draft.type === 'trait'
                ? 'Assessed in the interview; never gates or changes the score.'
                : draft.type === 'logistics'
                  ? 'Confirmed with the candidate; never gates or changes the score.'
                  : 'Screened from the resume.'}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-weight`}>Weight</label>
            <input
              id={`${id}-weight`}
              className="input input-number"
              type="number"
              min={0}
              max={5}
              step={0.5}
              value={draft.weight}
              onChange={(event) => onChange({ weight: Number(event.target.value) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-years`}>Min. years</label>
            <input
              id={`${id}-years`}
              className="input input-number"
              type="number"
              min={0}
              max={50}
              step={1}
              value={draft.minYears ?? ''}
              onChange={(event) =>
                onChange({
                  minYears: event.target.value === '' ? null : Math.trunc(Number(event.target.value)),
                })
              }
            />
          </div>
        </div>
        {draft.type === 'language' ? (
          <div className="field">
            <label htmlFor={`${id}-level`}>Level</label>
            <select
              id={`${id}-level`}
              className="input"
              value={draft.level ?? ''}
              onChange={(event) =>
                onChange({
                  level: event.target.value === '' ? null : event.target.value,
                  edited: { ...draft.edited, level: true },
                })
              }
            >
              <option value="">As the line reads</option>
              {LANGUAGE_LEVEL_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
              {draft.level !== null &&
              !LANGUAGE_LEVEL_OPTIONS.some((option) => option.value === draft.level) ? (
                <option value={draft.level}>{draft.level}</option>
              ) : null}
            </select>
          </div>
        ) : null}
        {draft.type === 'degree' ? (
          <div className="field field-inline">
            <input
              id={`${id}-alternative`}
              type="checkbox"
              checked={draft.alternativeExperience}
              onChange={(event) =>
                onChange({
                  alternativeExperience: event.target.checked,
                  edited: { ...draft.edited, alternativeExperience: true },
                })
              }
            />
            <label htmlFor={`${id}-alternative`}>Equivalent experience accepted instead</label>
          </div>
        ) : null}
        <SkillPicker
          value={draft.skills}
          onChange={(skills) => onChange({ skills })}
          label="Skills (any one)"
        />
        <div className="requirement-buttons">
          {draft.source ? (
            <button type="button" className="button button-small button-quiet" onClick={onShow}>
              Show in posting<span className="visually-hidden"> for {name}</span>
            </button>
          ) : (
            <span className="muted small">Added by hand</span>
          )}
          {canEdit ? (
            <button type="button" className="button button-small button-danger" onClick={onRemove}>
              Remove<span className="visually-hidden"> {name}</span>
            </button>
          ) : null}
        </div>
      </fieldset>
    </li>
  )
}
