import { ringLayout, type Point } from '../../web/explore/ring-layout';

const distance = (point: Point | undefined) => Math.hypot(point!.x, point!.y);

describe('the explorer’s rings for a large drawing', () => {
  // c — a, b; a — a1, a2; b — b1; x — y (not connected to c).
  const ids = ['c', 'a', 'b', 'a1', 'a2', 'b1', 'x', 'y'];
  const links = [
    ['c', 'a'],
    ['b', 'c'],
    ['a', 'a1'],
    ['a2', 'a'],
    ['b', 'b1'],
    ['a1', 'b1'],
    ['x', 'y'],
  ] as const;

  it('places the centre in the middle and every other node on the ring of its distance from it', () => {
    const { positions, radius } = ringLayout(ids, links, 'c');
    expect([...positions.keys()].sort()).toEqual([...ids].sort());
    expect(distance(positions.get('c'))).toBe(0);
    const ring = (id: string) => Math.round(distance(positions.get(id)));
    expect(ring('a')).toBe(ring('b'));
    expect(ring('a1')).toBe(ring('b1'));
    expect(ring('a1')).toBe(ring('a2'));
    expect(ring('a1')).toBeGreaterThan(ring('a'));
    // Nodes the centre does not reach are on the outermost ring, whose radius is reported.
    expect(ring('x')).toBe(ring('y'));
    expect(ring('x')).toBeGreaterThan(ring('a1'));
    expect(ring('x')).toBe(Math.round(radius));
  });

  it('keeps rings apart and gives each node room on a crowded ring', () => {
    const leaves = Array.from({ length: 300 }, (_, i) => `leaf ${i}`);
    const { positions } = ringLayout(
      ['hub', ...leaves],
      leaves.map((leaf) => ['hub', leaf] as const),
      'hub',
    );
    const [first, second] = [positions.get('leaf 0')!, positions.get('leaf 1')!];
    expect(Math.hypot(first.x - second.x, first.y - second.y)).toBeGreaterThanOrEqual(35);
    expect(distance(first)).toBeGreaterThanOrEqual(140);
  });

  it('starts from the first node when the centre is not among them, and ignores links to unknown ids', () => {
    const { positions } = ringLayout(
      ['p', 'q'],
      [
        ['p', 'q'],
        ['q', 'gone'],
      ],
      'gone',
    );
    expect(distance(positions.get('p'))).toBe(0);
    expect(distance(positions.get('q'))).toBeGreaterThan(0);
    expect(positions.has('gone')).toBe(false);
  });
});
