/**
 * Linking pre and post responses through the self-generated code (after Pöge 2008), without any
 * identity. A code has five elements: first letter of the mother's first name, first letter of the
 * father's first name, day of birth (two digits), first letter of the place of birth, number of older
 * siblings (0–9). Example: "MJ07K2".
 */
export const CODE_PATTERN = /^[A-Z]{2}(0[1-9]|[12][0-9]|3[01])[A-Z][0-9]$/;
export const CODE_ELEMENTS = ['mother', 'father', 'day', 'birthplace', 'siblings'] as const;

/** The five elements of a code. */
export function codeElements(code: string): string[] {
  return [code.slice(0, 1), code.slice(1, 2), code.slice(2, 4), code.slice(4, 5), code.slice(5, 6)];
}

/** How many of the five elements two codes share. */
export function agreement(a: string, b: string): number {
  const x = codeElements(a);
  const y = codeElements(b);
  return x.filter((e, i) => e === y[i]).length;
}

export interface CodedResponse {
  /** Any key that is unique within its wave (not stored anywhere: exports use running numbers). */
  key: string;
  code: string | null;
}

export interface LinkedPair {
  pre: string;
  post: string;
  /** 5 = exact; otherwise how many elements agree (at least `k`). */
  agreeing: number;
}

export interface Linkage {
  pairs: LinkedPair[];
  preWithCode: number;
  postWithCode: number;
  exact: number;
  partial: number;
  /** Codes left unlinked because more than one response could belong to them. */
  ambiguous: number;
}

/**
 * Links pre and post responses: first exact matches of codes that occur once in each wave (a code
 * used twice in a wave links nothing: it may be two people), then among the rest pairs agreeing in
 * at least `k` of the five elements, only when both sides are each other's single best candidate.
 */
export function linkPrePost(pre: readonly CodedResponse[], post: readonly CodedResponse[], k: number): Linkage {
  const preCoded = pre.filter((r): r is CodedResponse & { code: string } => !!r.code);
  const postCoded = post.filter((r): r is CodedResponse & { code: string } => !!r.code);
  const count = (rows: Array<{ code: string }>) => rows.reduce((m, r) => m.set(r.code, (m.get(r.code) ?? 0) + 1), new Map<string, number>());
  const preCount = count(preCoded);
  const postCount = count(postCoded);
  const pairs: LinkedPair[] = [];
  const usedPre = new Set<string>();
  const usedPost = new Set<string>();
  let ambiguous = 0;
  for (const p of postCoded) {
    if (postCount.get(p.code) !== 1) continue;
    const candidates = preCoded.filter((r) => r.code === p.code);
    if (candidates.length === 1) {
      pairs.push({ pre: candidates[0].key, post: p.key, agreeing: 5 });
      usedPre.add(candidates[0].key);
      usedPost.add(p.key);
    }
  }
  ambiguous += [...postCount.entries()].filter(([code, n]) => n > 1 || (preCount.get(code) ?? 0) > 1).length;
  const exact = pairs.length;
  // Codes shared by several responses in a wave stay out of the partial step too.
  const restPre = preCoded.filter((r) => !usedPre.has(r.key) && preCount.get(r.code) === 1);
  const restPost = postCoded.filter((r) => !usedPost.has(r.key) && postCount.get(r.code) === 1);
  const best = (from: { code: string }, among: Array<{ key: string; code: string }>) => {
    let top = -1;
    let keys: string[] = [];
    for (const r of among) {
      const a = agreement(from.code, r.code);
      if (a > top) [top, keys] = [a, [r.key]];
      else if (a === top) keys.push(r.key);
    }
    return { top, keys };
  };
  for (const p of restPost) {
    const forward = best(p, restPre);
    if (forward.top < k || forward.keys.length !== 1) continue;
    const candidate = restPre.find((r) => r.key === forward.keys[0]);
    if (!candidate) continue;
    const back = best(candidate, restPost);
    if (back.keys.length === 1 && back.keys[0] === p.key) pairs.push({ pre: candidate.key, post: p.key, agreeing: forward.top });
  }
  return { pairs, preWithCode: preCoded.length, postWithCode: postCoded.length, exact, partial: pairs.length - exact, ambiguous };
}
