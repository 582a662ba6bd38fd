import fc from 'fast-check'
import type supertest from 'supertest'
import type { RouteDef } from '../../server/src/http/route.ts'
import type { ChangeWatch } from '../helpers/db-checksum.ts'
import type { TestSession } from '../helpers/test-app.ts'
import { deeplyNestedJson, hugeString } from '../helpers/hostile-input.ts'
import { toJsonSchema, type JsonSchema } from '../helpers/schema-arbitrary.ts'

/** A request to send: everything but the session. */
export interface HostileRequest {
  label: string
  path: string
  contentType?: string
  body?: string | Buffer
  query?: string
}

/**
 * Percent-encodes any JS string, lone surrogates included (they become U+FFFD, as a browser would send them).
 * @example encodeAny('\uD800') // = '%EF%BF%BD'
 */
export function encodeAny(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))
}

/** Sends a request as the session (cookie + CSRF header), with the body exactly as given. */
export function sendAs(session: TestSession, route: Pick<RouteDef, 'method'>, req: HostileRequest): supertest.Test {
  const url = req.query ? `${req.path}?${req.query}` : req.path
  let test = session.agent[route.method](url).set('X-CSRF-Token', session.csrf)
  if (req.contentType !== undefined) test = test.set('Content-Type', req.contentType)
  if (req.body !== undefined) test = test.send(req.body)
  return test
}

export interface JudgeOptions {
  /** The request is malformed for certain: anything but a 4xx is a failure. */
  must4xx?: boolean
  /** A read: no table may change whatever the answer. */
  readOnly?: boolean
}

/** What went wrong with one answer ('' when it is fine). */
export function judgeAnswer(res: supertest.Response, changed: string[], options: JudgeOptions = {}): string {
  const problems: string[] = []
  if (res.status >= 500) problems.push(`answered ${res.status}: ${res.text.slice(0, 300)}`)
  if (res.status === 403 && String(res.body?.type).includes('csrf')) problems.push('answered 403 CSRF to a request that carried the token')
  if (options.must4xx && (res.status < 400 || res.status >= 500)) problems.push(`malformed request accepted with ${res.status}: ${res.text.slice(0, 200)}`)
  // Node's HTTP parser itself refuses request lines and headers over 16 KiB (431/414) before Express runs.
  const refusedByNode = res.status === 431 || res.status === 414
  if (res.status >= 400) {
    if (refusedByNode) {
      // No problem body possible here; nothing reached the app.
    } else if (!String(res.headers['content-type']).startsWith('application/problem+json')) problems.push(`${res.status} without problem+json (${res.headers['content-type']}): ${res.text.slice(0, 100)}`)
    else if (res.body?.status !== res.status || typeof res.body?.title !== 'string') problems.push(`problem body does not match the status: ${res.text.slice(0, 200)}`)
    if (changed.length > 0) problems.push(`refused with ${res.status} but changed tables ${changed.join(', ')}`)
  } else if (options.readOnly && changed.length > 0) problems.push(`a read changed tables ${changed.join(', ')}`)
  return problems.join('; ')
}

/** Sends one request, then checks the answer and the database; returns a failure line or ''. */
export async function probe(session: TestSession, route: RouteDef, watch: ChangeWatch, req: HostileRequest, options: JudgeOptions = {}): Promise<string> {
  const res = await sendAs(session, route, req)
  const changed = await watch.changedSince()
  const verdict = judgeAnswer(res, changed, options)
  return verdict ? `${route.method.toUpperCase()} ${route.path} [${req.label}] ${verdict}` : ''
}

/**
 * Runs a fast-check property whose predicate pushes failure lines into `failures`; a thrown error
 * (not a reported failure) is recorded too, with fast-check's counterexample.
 */
export async function runProperty(property: fc.IAsyncPropertyWithHooks<unknown[]>, params: fc.Parameters<unknown[]>, failures: string[]): Promise<void> {
  try {
    await fc.assert(property, params)
  } catch (err) {
    if (!failures.some(Boolean)) failures.push(String((err as Error).message).slice(0, 1500))
  }
}

function bytesOf(limit: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(limit.trim())
  if (!m) throw new Error(`Cannot read the body limit "${limit}".`)
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b']
  return Math.floor(Number(m[1]) * unit)
}

/** Requests every JSON write endpoint must refuse whatever it does: wrong media types, broken or oversized JSON. */
export function malformedJsonRequests(route: RouteDef, path: string): HostileRequest[] {
  const limit = bytesOf(route.bodyLimit ?? '1mb')
  const json = 'application/json'
  return [
    { label: 'text/plain', path, contentType: 'text/plain', body: '{"name":"x"}' },
    { label: 'form', path, contentType: 'application/x-www-form-urlencoded', body: 'name=x&version=1' },
    { label: 'xml', path, contentType: 'application/xml', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
    { label: 'multipart', path, contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--' },
    { label: 'utf-16 json', path, contentType: 'application/json; charset=utf-16', body: Buffer.from('{"a":1}', 'utf16le') },
    { label: 'truncated json', path, contentType: json, body: '{"name": "咸宁' },
    { label: 'trailing garbage', path, contentType: json, body: '{"version":1} DROP TABLE users' },
    { label: 'single quotes', path, contentType: json, body: "{'version': 1}" },
    { label: 'NaN literal', path, contentType: json, body: '{"version": NaN}' },
    { label: 'infinite number', path, contentType: json, body: '{"version": 1e999, "distance_m": 1e999, "line_id": 1e999}' },
    { label: 'top-level array', path, contentType: json, body: '[]' },
    { label: 'top-level string', path, contentType: json, body: '"\'; DROP TABLE users; --"' },
    { label: 'top-level number', path, contentType: json, body: '42' },
    { label: 'top-level null', path, contentType: json, body: 'null' },
    { label: 'nesting 100k', path, contentType: json, body: deeplyNestedJson(100_000) },
    { label: 'prototype pollution', path, contentType: json, body: '{"__proto__": {"roles": ["admin"], "version": 1}, "constructor": {"prototype": {"x": 1}}}' },
    { label: 'oversized', path, contentType: json, body: `{"name":"${hugeString(limit + 16)}"}` },
  ]
}

function findGeometryKeys(js: JsonSchema): string[] {
  const looksLikeGeometry = (s: JsonSchema): boolean =>
    s.properties?.coordinates !== undefined || (s.oneOf ?? s.anyOf ?? []).some(looksLikeGeometry)
  return Object.entries(js.properties ?? {}).filter(([, s]) => looksLikeGeometry(s)).map(([k]) => k)
}

/** Top-level body properties that hold GeoJSON geometry (so malformed geometry can be put there). */
export function geometryKeys(route: RouteDef): string[] {
  return route.body ? findGeometryKeys(toJsonSchema(route.body)) : []
}
