import { agreement, CODE_PATTERN, linkPrePost } from './pre-post-linking';

const r = (key: string, code: string | null) => ({ key, code });

describe('pre/post linking by self-generated code', () => {
  it('accepts only well-formed codes', () => {
    expect(CODE_PATTERN.test('MJ07K2')).toBe(true);
    expect(CODE_PATTERN.test('MJ32K2')).toBe(false);
    expect(CODE_PATTERN.test('MJ00K2')).toBe(false);
    expect(CODE_PATTERN.test('MA12KR')).toBe(false);
  });

  it('counts agreeing elements (the day is one element)', () => {
    expect(agreement('MJ07K2', 'MJ07K2')).toBe(5);
    expect(agreement('MJ07K2', 'MJ17K2')).toBe(4);
    expect(agreement('MJ07K2', 'AB07K3')).toBe(2);
  });

  it('links exact codes, then unique 4-of-5 matches; leaves duplicates and "no code" out', () => {
    const pre = [r('p1', 'MJ07K2'), r('p2', 'AB12C0'), r('p3', 'XY01Z1'), r('p4', 'DD05D5'), r('p5', 'DD05D5'), r('p6', null)];
    const post = [r('q1', 'MJ07K2'), r('q2', 'AB13C0'), r('q3', 'QQ22Q2'), r('q4', 'DD05D5'), r('q5', null)];
    const linkage = linkPrePost(pre, post, 4);
    expect(linkage.pairs).toEqual([
      { pre: 'p1', post: 'q1', agreeing: 5 },
      { pre: 'p2', post: 'q2', agreeing: 4 },
    ]);
    expect(linkage).toMatchObject({ preWithCode: 5, postWithCode: 4, exact: 1, partial: 1, ambiguous: 1 });
  });

  it('links no partial match when two candidates agree equally, or when k is not reached', () => {
    const pre = [r('p1', 'AB12C0'), r('p2', 'AB12C1')];
    const post = [r('q1', 'AB12C9')];
    expect(linkPrePost(pre, post, 4).pairs).toEqual([]);
    expect(linkPrePost([r('p1', 'AB12C0')], [r('q1', 'AX13C0')], 4).pairs).toEqual([]);
    expect(linkPrePost([r('p1', 'AB12C0')], [r('q1', 'AX13C0')], 3).pairs).toEqual([{ pre: 'p1', post: 'q1', agreeing: 3 }]);
  });
});
