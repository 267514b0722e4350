import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { z } from 'zod'
import { writeToken } from '../api/session'
import { type FieldErrors, formValues, problemFieldErrors, zodFieldErrors } from './form'

/**
 * The submit path every page that ends signed in shares (sign in, sign up, password reset): validate the form,
 * obtain a staff token, forget the previous user's cached data, store the token and leave for `destination`.
 */
export function useAuthForm<T>(
  schema: z.ZodType<T>,
  obtainToken: (values: T) => Promise<string>,
  destination: () => string,
) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = schema.safeParse(formValues(event.currentTarget))
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setErrors({})
    setFailure(null)
    setBusy(true)
    try {
      const accessToken = await obtainToken(parsed.data)
      queryClient.clear()
      writeToken('staff', accessToken)
      void navigate(destination(), { replace: true })
    } catch (error) {
      setErrors(problemFieldErrors(error))
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return { errors, failure, busy, onSubmit }
}
