/**
 * The query-string side of <DataTable>'s sorting, pure so it is tested without rendering
 * (tests/unit/data-table-sort.test.ts). A sortable header is a link: it works without JavaScript,
 * keeps the list's filters and goes back to the first page.
 */
export type TSortDirection = 'asc' | 'desc';
export type TSort = { key: string; dir: TSortDirection };
export type TQueryParams = Record<string, string | number | undefined>;

/** Reads `sort` and `dir` from the query, accepting only the keys the table offers. */
export function parseSort(params: { sort?: unknown; dir?: unknown }, allowed: readonly string[], fallback?: TSort): TSort | undefined {
  const key = typeof params.sort === 'string' && allowed.includes(params.sort) ? params.sort : undefined;
  if (!key) return fallback;
  return { key, dir: params.dir === 'desc' ? 'desc' : 'asc' };
}

/** The href of a sortable header: ascending first, the other way when it is already the sort. */
export function sortHref(basePath: string, params: TQueryParams, current: TSort | undefined, key: string): string {
  const dir: TSortDirection = current?.key === key && current.dir === 'asc' ? 'desc' : 'asc';
  return hrefWith(basePath, { ...params, sort: key, dir, page: undefined });
}

/** aria-sort of a header: only the sorted column says a direction; other sortable ones say none. */
export function ariaSort(current: TSort | undefined, key: string | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!key) return undefined;
  if (current?.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

export function hrefWith(basePath: string, params: TQueryParams): string {
  const search = new URLSearchParams(
    Object.entries(params)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
      .map(([k, v]) => [k, String(v)]),
  );
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}
