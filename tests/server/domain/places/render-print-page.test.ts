import { describe, expect, it } from 'vitest'
import { renderPrintPage } from '../../../../server/src/domain/places/render-print-page.ts'

describe('renderPrintPage', () => {
  const html = renderPrintPage({
    title: '关于<b>命名</b>的公告', subtitle: '咸政告〔2025〕5号', lines: ['现公告如下：'],
    tables: [{ heading: '城镇街巷', columns: [{ header: '标准名称', key: 'name' }], rows: [{ name: '桂花路' }, { name: '<img src=x onerror=alert(1)>' }] }],
    closing: ['咸宁市人民政府', '2025-06-01'],
  })

  it('is a complete printable document with the title, table and closing', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('<td>桂花路</td>')
    expect(html).toContain('<div>咸宁市人民政府</div>')
  })

  it('escapes every value taken from data', () => {
    expect(html).not.toContain('<b>命名</b>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
