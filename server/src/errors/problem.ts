/**
 * RFC 9457 problem details. Handlers throw these; `problemMiddleware` renders them (STYLE §7).
 */
export interface FieldError {
  parameter: string
  detail: string
}

/** Stable problem type URIs (relative, resolved against the API origin). */
export const PROBLEM_TYPES = {
  invalidParameter: '/problems/invalid-parameter',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  unprocessable: '/problems/unprocessable',
  tooManyRequests: '/problems/too-many-requests',
  serviceUnavailable: '/problems/service-unavailable',
  csrf: '/problems/csrf-token-invalid',
  internal: '/problems/internal',
} as const

export class Problem extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly errors?: FieldError[]
  readonly extensions: Record<string, unknown>

  constructor(init: {
    status: number
    type: string
    title: string
    detail: string
    errors?: FieldError[]
    extensions?: Record<string, unknown>
  }) {
    super(init.detail)
    this.status = init.status
    this.type = init.type
    this.title = init.title
    this.detail = init.detail
    this.errors = init.errors
    this.extensions = init.extensions ?? {}
  }
}

/** 400: a parameter or body field is malformed; `errors` says which. */
export class InvalidParameter extends Problem {
  constructor(detail: string, errors: FieldError[] = []) {
    super({ status: 400, type: PROBLEM_TYPES.invalidParameter, title: 'Invalid parameter', detail, errors })
  }
}

/** 401: no session, or wrong credentials. */
export class Unauthorized extends Problem {
  constructor(detail = 'Log in first.') {
    super({ status: 401, type: PROBLEM_TYPES.unauthorized, title: 'Unauthorized', detail })
  }
}

/** 403: logged in but the role does not allow this. */
export class Forbidden extends Problem {
  constructor(detail = 'Your role does not allow this action.', extensions?: Record<string, unknown>) {
    super({ status: 403, type: PROBLEM_TYPES.forbidden, title: 'Forbidden', detail, extensions })
  }
}

/** 403: CSRF token missing or wrong on a write. */
export class CsrfRejected extends Problem {
  constructor(detail = 'Missing or invalid X-CSRF-Token header.') {
    super({ status: 403, type: PROBLEM_TYPES.csrf, title: 'CSRF token invalid', detail })
  }
}

/** 404: the thing does not exist. */
export class NotFound extends Problem {
  constructor(detail: string) {
    super({ status: 404, type: PROBLEM_TYPES.notFound, title: 'Not found', detail })
  }
}

/** 409: optimistic-lock mismatch or a uniqueness clash; `current` carries the stored version when known. */
export class Conflict extends Problem {
  constructor(detail: string, current?: unknown) {
    super({ status: 409, type: PROBLEM_TYPES.conflict, title: 'Conflict', detail, extensions: current === undefined ? {} : { current } })
  }
}

/** 422: well-formed input that breaks a domain rule (e.g. a save that would break a partition). */
export class Unprocessable extends Problem {
  constructor(detail: string, errors: FieldError[] = [], extensions?: Record<string, unknown>) {
    super({ status: 422, type: PROBLEM_TYPES.unprocessable, title: 'Unprocessable', detail, errors, extensions })
  }
}

/** 413: body larger than the configured limit. */
export class PayloadTooLarge extends Problem {
  constructor(detail = 'The request body is too large.') {
    super({ status: 413, type: PROBLEM_TYPES.payloadTooLarge, title: 'Payload too large', detail })
  }
}

/** 415: content type not accepted by this endpoint. */
export class UnsupportedMediaType extends Problem {
  constructor(detail = 'Send application/json.') {
    super({ status: 415, type: PROBLEM_TYPES.unsupportedMediaType, title: 'Unsupported media type', detail })
  }
}

/** 429: throttled. */
/** 503: the server is saturated (its request queue is full); retry after `Retry-After` seconds. */
export class ServiceUnavailable extends Problem {
  constructor(detail = 'The server is busy; try again shortly.') {
    super({ status: 503, type: PROBLEM_TYPES.serviceUnavailable, title: 'Service unavailable', detail })
  }
}

export class TooManyRequests extends Problem {
  constructor(detail = 'Too many requests; try again later.') {
    super({ status: 429, type: PROBLEM_TYPES.tooManyRequests, title: 'Too many requests', detail })
  }
}
