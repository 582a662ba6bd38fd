import type { RequestHandler } from 'express'
import { InvalidParameter } from '../errors/problem.ts'
import { findUnstorableText } from './find-unstorable-text.ts'

/** Refuses path and query values with NUL or broken Unicode (400), for every route, before any SQL runs. */
export const unstorableTextInUrl: RequestHandler = (req, _res, next) => {
  let decodedPath: string
  try {
    decodedPath = decodeURIComponent(req.path)
  } catch {
    return next(new InvalidParameter('The URL is not valid UTF-8.', [{ parameter: 'path', detail: 'malformed percent-encoding' }]))
  }
  const where = findUnstorableText(decodedPath, 'path') ?? findUnstorableText(req.query, 'query')
  if (where) return next(new InvalidParameter('Text may not contain NUL characters or broken Unicode.', [{ parameter: where, detail: 'NUL or unpaired surrogate' }]))
  next()
}
