import { describe, expect, it } from 'vitest';
import { boundsOf, labelPointOf } from './geometry';

const square = { type: 'Polygon', coordinates: [[[9, 45], [10, 45], [10, 46], [9, 46], [9, 45]]] };

describe('geometry helpers', () => {
  it('computes the bounds of polygons and multipolygons', () => {
    expect(boundsOf(square)).toEqual([9, 45, 10, 46]);
    expect(boundsOf({ type: 'MultiPolygon', coordinates: [square.coordinates, [[[11, 44], [12, 44], [12, 45], [11, 44]]]] })).toEqual([9, 44, 12, 46]);
    expect(boundsOf({ type: 'Point', coordinates: [9, 45] })).toBeNull();
  });

  it('places a label inside the largest ring', () => {
    const [x, y] = labelPointOf(square)!;
    expect(x).toBeGreaterThan(9);
    expect(x).toBeLessThan(10);
    expect(y).toBeGreaterThan(45);
    expect(y).toBeLessThan(46);
  });
});
