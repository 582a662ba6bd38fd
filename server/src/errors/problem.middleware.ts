import type { ErrorRequestHandler, RequestHandler } from 'express'
import { ZodError } from 'zod'
import type { Logger } from 'pino'
import { InvalidParameter, NotFound, PayloadTooLarge, Problem, PROBLEM_TYPES, UnsupportedMediaType } from './problem.ts'
import { zodToFieldErrors } from './zod-errors.ts'
import { sqlStateProblem } from './sql-state-problem.ts'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Sends a problem as RFC 9457 JSON. */
export function sendProblem(res: Parameters<RequestHandler>[1], problem: Problem, instance: string): void {
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        type: problem.type,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance,
        ...(problem.errors && problem.errors.length > 0 ? { errors: problem.errors } : {}),
        ...problem.extensions,
      }),
    )
}

/** Maps what body parsers and libraries throw onto our problem classes. */
function toProblem(err: unknown): Problem | null {
  if (err instanceof Problem) return err
  if (err instanceof ZodError) return new InvalidParameter('The request is not valid.', zodToFieldErrors(err))
  const e = err as { type?: string; status?: number; message?: string }
  if (e?.type === 'entity.too.large') return new PayloadTooLarge()
  if (e?.type === 'entity.parse.failed') return new InvalidParameter('The request body is not valid JSON.', [{ parameter: 'body', detail: 'malformed JSON' }])
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new UnsupportedMediaType('Unsupported body encoding.')
  if (e?.status === 400 || e?.status === 413 || e?.status === 415) return new InvalidParameter(e.message ?? 'Bad request.')
  return sqlStateProblem(err)
}

/** 404 for any /api path no route answered. */
export const notFoundMiddleware: RequestHandler = (req, _res, next) => {
  next(new NotFound(`No endpoint ${req.method} ${req.path}.`))
}

/** Renders every error as problem+json; unknown errors are logged with the request id and answered 500. */
export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const problem = toProblem(err)
    const instance = req.originalUrl
    if (problem) {
      sendProblem(res, problem, instance)
      return
    }
    const requestId = String((req as { id?: unknown }).id ?? '')
    logger.error({ err, requestId }, 'unhandled error')
    if (res.headersSent) return
    sendProblem(
      res,
      new Problem({
        status: 500,
        type: PROBLEM_TYPES.internal,
        title: 'Internal error',
        detail: `Something went wrong on our side (request ${requestId}).`,
      }),
      instance,
    )
  }
}
