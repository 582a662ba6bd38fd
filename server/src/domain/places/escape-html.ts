const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escape text for HTML element content and attribute values (printable pages never insert raw data).
 * @example escapeHtml('<b>桂花路</b>') // = '&lt;b&gt;桂花路&lt;/b&gt;'
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}
