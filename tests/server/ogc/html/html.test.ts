import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { html, SafeHtml } from '../../../../server/src/ogc/html/html.ts'

describe('html', () => {
  it('escapes interpolated text and attributes', () => {
    expect(html`<a title="${'"x" & <y>'}">${"<script>alert('1')</script>"}</a>`.value).toBe(
      '<a title="&quot;x&quot; &amp; &lt;y&gt;">&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;</a>',
    )
  })
  it('keeps nested SafeHtml and joins arrays', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>')
  })
  it('renders null, undefined and false as nothing but keeps 0', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0')
  })
  it('never lets a tag through from any string', () => {
    fc.assert(fc.property(fc.string(), (s) => !html`${s}`.value.includes('<')))
  })
  it('is not fooled by a SafeHtml lookalike object', () => {
    expect(html`${{ value: '<b>' }}`.value).toBe('[object Object]')
    expect(new SafeHtml('<b>').toString()).toBe('<b>')
  })
})
