import { ZUploadResult } from '@shortlist/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type DragEvent, useCallback, useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import { errorMessage, uploadFiles } from '../api/client'
import { queryKeys, useApplications } from '../api/queries'
import { ApplicationStatusBadge } from './chips'

type UploadPhase = 'waiting' | 'uploading' | 'uploaded' | 'error'

type UploadRow = {
  key: string
  file: File
  phase: UploadPhase
  progress: number
  error?: string
  applicationId?: string
  duplicate?: boolean
}

// Two uploads at once keeps the bar moving without starving the API on a small machine.
const CONCURRENCY = 2
const ACCEPT =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain'

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Drag-and-drop plus a native file input; one request per file so each gets its own progress bar. */
export function UploadPanel({ jobId }: { jobId: string }) {
  const inputId = useId()
  const hintId = useId()
  const queryClient = useQueryClient()
  const [rows, setRows] = useState<UploadRow[]>([])
  const [dragging, setDragging] = useState(false)
  const started = useRef(new Set<string>())
  const counter = useRef(0)
  const applications = useApplications(
    jobId,
    rows.some((row) => row.phase === 'uploading' || row.phase === 'waiting'),
  )
  const byId = new Map((applications.data?.items ?? []).map((item) => [item.id, item]))

  const update = useCallback(
    (key: string, patch: Partial<UploadRow>) =>
      setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    [],
  )

  // Starts waiting uploads while fewer than CONCURRENCY are running.
  useEffect(() => {
    const running = rows.filter(
      (row) => started.current.has(row.key) && (row.phase === 'uploading' || row.phase === 'waiting'),
    ).length
    // Oldest first: new files are listed on top, so walk the list from the bottom.
    const waiting = rows
      .filter((row) => row.phase === 'waiting' && !started.current.has(row.key))
      .reverse()
      .slice(0, Math.max(0, CONCURRENCY - running))
    for (const row of waiting) {
      started.current.add(row.key)
      update(row.key, { phase: 'uploading', progress: 0 })
      const { promise } = uploadFiles(
        `/v1/jobs/${encodeURIComponent(jobId)}/applications`,
        [row.file],
        ZUploadResult,
        (progress) => update(row.key, { progress: progress.total ? progress.loaded / progress.total : 0 }),
      )
      promise
        .then((result) => {
          const created = result.applications[0]
          update(row.key, {
            phase: 'uploaded',
            progress: 1,
            ...(created ? { applicationId: created.id, duplicate: created.duplicate } : {}),
          })
          return queryClient.invalidateQueries({ queryKey: queryKeys.applications(jobId) })
        })
        .catch((error: unknown) => update(row.key, { phase: 'error', error: errorMessage(error) }))
        .finally(() => {
          void queryClient.invalidateQueries({ queryKey: queryKeys.jobs })
        })
    }
  }, [rows, jobId, queryClient, update])

  const addFiles = (files: FileList | File[] | null) => {
    if (!files) return
    const list = [...files]
    if (list.length === 0) return
    setRows((current) => [
      ...list.map((file) => ({
        key: `upload-${counter.current++}`,
        file,
        phase: 'waiting' as const,
        progress: 0,
      })),
      ...current,
    ])
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    addFiles(event.dataTransfer.files)
  }

  const uploadedCount = rows.filter((row) => row.phase === 'uploaded').length
  const failedCount = rows.filter((row) => row.phase === 'error').length

  return (
    <section className="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload resumes</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the keyboard path */}
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragOver={(event) => {
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
        }}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p className="drop-zone-text" aria-hidden="true">
          Drop PDF, DOCX or TXT resumes here, or
        </p>
        <label htmlFor={inputId} className="file-label">
          Choose resume files
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          className="file-input"
          aria-describedby={hintId}
          onChange={(event) => {
            addFiles(event.currentTarget.files)
            event.currentTarget.value = ''
          }}
        />
        <p id={hintId} className="hint">
          PDF, DOCX or TXT. You can pick many files at once.
        </p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {rows.length > 0 ? `${uploadedCount} of ${rows.length} files uploaded, ${failedCount} failed.` : ''}
      </p>
      {rows.length > 0 ? (
        <ul className="upload-list" aria-label="Files uploaded in this session">
          {rows.map((row) => {
            const application = row.applicationId ? byId.get(row.applicationId) : undefined
            return (
              <li key={row.key} className="upload-row" data-filename={row.file.name}>
                <div className="upload-name">
                  <span className="break">{row.file.name}</span>{' '}
                  <span className="muted">{formatSize(row.file.size)}</span>
                  {row.duplicate ? <span className="muted"> · already uploaded</span> : null}
                </div>
                <div className="upload-state">
                  {row.phase === 'waiting' ? <span className="badge">Waiting</span> : null}
                  {row.phase === 'uploading' ? (
                    <progress
                      max={1}
                      value={row.progress}
                      aria-label={`Uploading ${row.file.name}`}
                      className="upload-progress"
                    />
                  ) : null}
                  {row.phase === 'uploaded' && application ? (
                    <ApplicationStatusBadge status={application.status} />
                  ) : null}
                  {row.phase === 'uploaded' && !application ? (
                    <span className="badge badge-queued">Queued</span>
                  ) : null}
                  {row.phase === 'error' ? <span className="badge badge-failed">Upload failed</span> : null}
                </div>
                <div className="upload-detail">
                  {row.phase === 'error' ? <span className="error-text">{row.error}</span> : null}
                  {application?.status === 'failed' ? (
                    <span className="error-text">
                      {application.error?.message ?? 'Could not read this file.'}
                    </span>
                  ) : null}
                  {application?.status === 'scored' ? (
                    <Link to={`/applications/${application.id}`}>
                      View {application.candidate.name ?? row.file.name}
                    </Link>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
