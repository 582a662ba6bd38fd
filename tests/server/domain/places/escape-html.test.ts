import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../../../server/src/domain/places/escape-html.ts'

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script>'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;')
  })

  it('writes null and undefined as empty text', () => {
    expect(escapeHtml(null)).toBe('')
    expect(escapeHtml(undefined)).toBe('')
  })
})
