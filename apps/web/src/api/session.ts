import { useSyncExternalStore } from 'react'

// Staff and candidate tokens are kept apart so opening an invite link never signs a recruiter out.
const STAFF_KEY = 'shortlist.accessToken'
const CANDIDATE_KEY = 'shortlist.candidateToken'

export type TokenKind = 'staff' | 'candidate'

const listeners = new Set<() => void>()

function keyFor(kind: TokenKind): string {
  return kind === 'staff' ? STAFF_KEY : CANDIDATE_KEY
}

/** Reads the stored bearer token of one kind, or null. */
export function readToken(kind: TokenKind): string | null {
  try {
    return window.localStorage.getItem(keyFor(kind))
  } catch {
    return null
  }
}

/** Stores (or, with null, forgets) a bearer token and notifies subscribers. */
export function writeToken(kind: TokenKind, token: string | null): void {
  if (token === null) window.localStorage.removeItem(keyFor(kind))
  else window.localStorage.setItem(keyFor(kind), token)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === STAFF_KEY || event.key === CANDIDATE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The current token of one kind, re-rendering when it changes (also across tabs). */
export function useToken(kind: TokenKind): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readToken(kind),
    () => null,
  )
}
