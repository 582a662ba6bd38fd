/** One invalid query parameter, in the shape of the problem+json `errors` array (STYLE §7). */
export interface ParamError {
  parameter: string
  detail: string
}
