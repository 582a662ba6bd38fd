/** SQL for users; every value is a parameter. */
export const USER_COLUMNS = 'id, username, display_name, roles, disabled, version, created_at, updated_at, created_by, updated_by'

export const SELECT_USER_FOR_LOGIN = `SELECT id, username, display_name, roles, disabled, password_hash FROM users WHERE username = $1`
export const SELECT_USERS = `SELECT ${USER_COLUMNS} FROM users ORDER BY id`
export const SELECT_USER = `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`
export const SELECT_USER_FOR_UPDATE = `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`
export const SELECT_PASSWORD_HASH = `SELECT password_hash FROM users WHERE id = $1`
export const INSERT_USER = `
  INSERT INTO users (username, display_name, password_hash, roles, created_by, updated_by)
  VALUES ($1, $2, $3, $4::text[], $5, $5)
  ON CONFLICT (username) DO NOTHING
  RETURNING ${USER_COLUMNS}`
export const UPDATE_USER = `
  UPDATE users SET display_name = $2, roles = $3::text[], disabled = $4, updated_at = now(), updated_by = $5,
    version = version + 1
  WHERE id = $1 AND version = $6
  RETURNING ${USER_COLUMNS}`
export const UPDATE_PASSWORD = `
  UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now(), updated_by = $3, version = version + 1
  WHERE id = $1`
export const COUNT_USERS = `SELECT count(*)::int AS n FROM users`
