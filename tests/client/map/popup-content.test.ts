import { describe, expect, it } from 'vitest'
import { buildPopupContent } from '../../../client/src/map/popup-content'

describe('buildPopupContent', () => {
  it('shows the title and rows', () => {
    const el = buildPopupContent('咸安区', [{ label: '层级', value: '县级' }])
    expect(el.querySelector('h3')?.textContent).toBe('咸安区')
    expect([...el.querySelectorAll('dt, dd')].map((n) => n.textContent)).toEqual(['层级', '县级'])
  })

  it('shows markup from data as literal text, never as HTML', () => {
    const evil = '<img src=x onerror="alert(1)">'
    const el = buildPopupContent(evil, [{ label: '<b>x</b>', value: evil }])
    expect(el.querySelector('img')).toBeNull()
    expect(el.querySelector('b')).toBeNull()
    expect(el.querySelector('h3')?.textContent).toBe(evil)
    expect(el.querySelector('dd')?.textContent).toBe(evil)
  })
})
