/** A piece of SQL with its bound values (pg_featureserv `sqlWhere`); `$n` are numbered by the caller. */
export interface SqlQuery {
  text: string
  values: unknown[]
}
