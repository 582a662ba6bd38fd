import { describe, expect, it } from 'vitest';
import { cleanRing } from '../../../gis-data/generator/clean-ring.ts';
import { splitTJunctions } from '../../../gis-data/generator/split-t-junctions.ts';
import type { LngLat } from '../../../gis-data/generator/types.ts';

describe('cleanRing', () => {
  it('drops repeated vertices and zero-width spikes and opens the ring', () => {
    expect(cleanRing([[0, 0], [1, 0], [1, 0], [2, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });

  it('removes nested spikes left by quantisation', () => {
    expect(cleanRing([[0, 0], [2, 0], [3, 0], [4, 0], [3, 0], [2, 0], [2, 2], [0, 0]])).toEqual([[0, 0], [2, 0], [2, 2]]);
  });

  it('does not mutate its argument', () => {
    const input: LngLat[] = [[0, 0], [1, 0], [1, 0], [0, 1], [0, 0]];
    const copy = structuredClone(input);
    cleanRing(input);
    expect(input).toEqual(copy);
  });
});

describe('splitTJunctions', () => {
  const points: LngLat[] = [[0, 0], [2, 0], [0, 2], [1, 0], [0.5, 0], [1, 1]];
  const at = (id: number): LngLat => points[id];

  it('inserts vertices lying exactly on an edge, in order along it', () => {
    expect(splitTJunctions([[0, 1, 2]], [0, 1, 2, 3, 4], at)).toEqual({ rings: [[0, 4, 3, 1, 2]], inserted: 2 });
  });

  it('inserts a vertex lying on the diagonal edge too', () => {
    expect(splitTJunctions([[0, 1, 2]], [0, 1, 2, 5], at).rings).toEqual([[0, 1, 5, 2]]);
  });
});
