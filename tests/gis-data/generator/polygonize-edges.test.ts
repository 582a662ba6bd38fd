import { describe, expect, it } from 'vitest';
import { cancelOppositeEdges, type Edge } from '../../../gis-data/generator/cancel-opposite-edges.ts';
import { polygonizeEdges } from '../../../gis-data/generator/polygonize-edges.ts';

const at = (points: Array<[number, number]>) => (id: number) => points[id];
const ring = (...ids: number[]): Edge[] => ids.map((a, i): Edge => [a, ids[(i + 1) % ids.length]]);

describe('cancelOppositeEdges', () => {
  it('keeps only the edges without an opposite partner', () => {
    expect(cancelOppositeEdges([...ring(0, 1, 2), ...ring(1, 0, 3)])).toEqual([[1, 2], [2, 0], [0, 3], [3, 1]]);
  });

  it('throws when a directed edge occurs twice (overlapping faces)', () => {
    expect(() => cancelOppositeEdges([...ring(0, 1, 2), ...ring(0, 1, 3)])).toThrow(/occurs twice/);
  });
});

describe('polygonizeEdges', () => {
  const square = at([[0, 0], [4, 0], [4, 4], [0, 4], [1, 1], [1, 3], [3, 3], [3, 1], [2, 0], [3, 1], [1, 1]]);

  it('chains a CCW ring into one shell starting at its smallest id', () => {
    expect(polygonizeEdges(ring(2, 3, 0, 1), square)).toEqual([{ outer: [0, 1, 2, 3], holes: [] }]);
  });

  it('assigns a CW ring as a hole of the shell around it', () => {
    expect(polygonizeEdges([...ring(0, 1, 2, 3), ...ring(4, 5, 6, 7)], square)).toEqual([{ outer: [0, 1, 2, 3], holes: [[4, 5, 6, 7]] }]);
  });

  it('splits two shells touching at a vertex into two rings', () => {
    const bowtie = at([[0, 0], [1, -1], [1, 1], [-1, 1], [-1, -1]]);
    expect(polygonizeEdges([...ring(0, 1, 2), ...ring(0, 3, 4)], bowtie)).toEqual([
      { outer: [0, 1, 2], holes: [] },
      { outer: [0, 3, 4], holes: [] },
    ]);
  });

  it('splits a hole that touches its shell at a vertex off the shell', () => {
    const points = at([[0, 0], [4, 0], [4, 4], [0, 4], [2, 0], [3, 1], [1, 1]]);
    expect(polygonizeEdges([...ring(0, 4, 1, 2, 3), ...ring(4, 6, 5)], points)).toEqual([{ outer: [0, 4, 1, 2, 3], holes: [[4, 6, 5]] }]);
  });

  it('merges two faces into their union after cancelling the shared edge', () => {
    const points = at([[0, 0], [1, 0], [1, 1], [0, 1], [2, 0], [2, 1]]);
    const merged = polygonizeEdges(cancelOppositeEdges([...ring(0, 1, 2, 3), ...ring(1, 4, 5, 2)]), points);
    expect(merged).toEqual([{ outer: [0, 1, 4, 5, 2, 3], holes: [] }]);
  });

  it('throws on edges that do not close', () => {
    expect(() => polygonizeEdges([[0, 1], [1, 2]], square)).toThrow(/does not close/);
  });
});
