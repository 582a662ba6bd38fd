import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HorizontalBarChart from '../../../../client/src/features/facilities/HorizontalBarChart.vue'

describe('HorizontalBarChart', () => {
  const rows = [{ key: 'a', label: '咸安区', values: [200, 100] }, { key: 'b', label: '嘉鱼县', values: [50, 25] }]
  const series = [{ name: '床位', color: '#9fc5e8' }, { name: '在用', color: '#1f6fb2' }]

  it('draws bars proportional to the largest value, one per series', () => {
    const wrapper = mount(HorizontalBarChart, { props: { rows, series } })
    const widths = wrapper.findAll('rect').map((r) => Number(r.attributes('width')))
    expect(widths).toHaveLength(4)
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.5, 6)
    expect(widths[2]! / widths[0]!).toBeCloseTo(0.25, 6)
    expect(wrapper.text()).toContain('咸安区')
  })

  it('emits the row key on click', async () => {
    const wrapper = mount(HorizontalBarChart, { props: { rows, series } })
    await wrapper.findAll('g.row')[1]!.trigger('click')
    expect(wrapper.emitted('select')).toEqual([['b']])
  })
})
