/** Apollo results carry `data` only on success; anything else is thrown so the page can show the API's message. */
export function dataOf<T>(result: { data?: T | null; error?: unknown }): T {
  if (!result.data) throw result.error ?? new Error('Empty API response');
  return result.data;
}
