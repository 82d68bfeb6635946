import type { ReactNode } from 'react';
import Link from 'next/link';
import { Pagination } from '@/components/ui/pagination';
import { CsvLink } from '@/components/ui/csv-link';
import { ariaSort, sortHref, type TQueryParams, type TSort } from './data-table-sort';

/** One column: its header, how a row's cell renders and, when the query can sort by it, the key. */
export type TDataColumn<TRow> = {
  key: string;
  header: ReactNode;
  cell: (row: TRow) => ReactNode;
  sortKey?: string;
  /** The header is read by screen readers only (a column of buttons). */
  srOnlyHeader?: boolean;
  className?: string;
};

/**
 * A list rendered on the server as a table (docs/decisions/022-structure.md): the card scrolls
 * sideways inside itself, so a wide table never makes the page scroll at 390 px. Headers are
 * `th scope="col"`; a sortable header is a link that sets `sort`/`dir` in the query string (works
 * without JavaScript) and carries aria-sort. Paging reuses <Pagination>, the export <CsvLink>.
 */
export async function DataTable<TRow>({
  label,
  caption,
  columns,
  rows,
  rowKey,
  rowProps,
  empty,
  basePath,
  params = {},
  sort,
  paging,
  csv,
}: {
  /** Names the table for assistive technology (aria-label), unless `caption` is given. */
  label: string;
  /** A visible caption instead of the aria-label. */
  caption?: ReactNode;
  columns: TDataColumn<TRow>[];
  rows: TRow[];
  rowKey: (row: TRow) => string;
  /** Extra attributes of a row (data-testid and the like). */
  rowProps?: (row: TRow) => Record<string, string | number | undefined>;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  basePath: string;
  /** The list's current filters, kept by the sort links, the pages and the CSV link. */
  params?: TQueryParams;
  sort?: TSort;
  paging?: { page: number; pageCount: number; total: number; capped?: boolean };
  csv?: { path: string; params?: TQueryParams };
}) {
  const pageParams = Object.fromEntries(
    Object.entries({ ...params, sort: sort?.key, dir: sort?.dir }).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
  );
  return (
    <div className="flex flex-col gap-2">
      {csv && (
        <div className="flex justify-end">
          <CsvLink path={csv.path} params={csv.params ?? params} />
        </div>
      )}
      {rows.length === 0 ? (
        <p className="card text-slate-600">{empty}</p>
      ) : (
        // Focusable so a keyboard user can scroll a table wider than a phone (axe: scrollable-region-focusable).
        <div className="card max-w-full overflow-x-auto p-0" role="region" aria-label={label} tabIndex={0}>
          <table className="table" aria-label={caption ? undefined : label}>
            {caption && <caption className="px-3 py-2 text-left text-sm font-semibold">{caption}</caption>}
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" aria-sort={ariaSort(sort, c.sortKey)} className={c.className}>
                    {c.srOnlyHeader ? (
                      <span className="sr-only">{c.header}</span>
                    ) : c.sortKey ? (
                      <Link className="link" href={sortHref(basePath, params, sort, c.sortKey)}>
                        {c.header}
                        {sort?.key === c.sortKey && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                      </Link>
                    ) : (
                      c.header
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)} {...rowProps?.(row)}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paging && (
        <Pagination page={paging.page} pageCount={paging.pageCount} total={paging.total} capped={paging.capped} basePath={basePath} params={pageParams} />
      )}
    </div>
  );
}
