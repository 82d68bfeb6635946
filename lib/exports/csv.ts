// CSV exports: streamed row by row so a large list never sits whole in memory, with a BOM so
// Excel opens Cyrillic text correctly, and cells that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR) prefixed with an apostrophe (OWASP "CSV injection").

export type TCsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: TCsvCell): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: TCsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The CSV as a stream: BOM and header row first, then each batch of rows as it is read. */
export function csvStream({ header, pages }: { header: string[]; pages: AsyncIterable<TCsvCell[][]> }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvLine).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** The name a downloaded list gets: the list and today's date. */
export function csvFilename(list: string) {
  return `${list}-${new Date().toISOString().slice(0, 10)}.csv`;
}

/**
 * A streamed CSV response, for the public registry's export. `pages` yields batches of rows
 * (already scoped and authorised by the caller); the header row comes first. Signed-in lists go
 * through defineExport (lib/exports/export-route.ts) instead.
 */
export function csvResponse({ filename, header, pages }: { filename: string; header: string[]; pages: AsyncIterable<TCsvCell[][]> }): Response {
  return new Response(csvStream({ header, pages }), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(filename)}"`,
      'cache-control': 'no-store',
    },
  });
}

/** Pages through any keyset-ordered query: `fetch(cursor)` returns rows after the cursor. */
export async function* keysetPages<TRow extends { id: string }>(
  fetch: (cursor: string | null, take: number) => Promise<TRow[]>,
  take = 500,
): AsyncGenerator<TRow[]> {
  let cursor: string | null = null;
  for (;;) {
    const rows = await fetch(cursor, take);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < take) return;
    cursor = rows[rows.length - 1].id;
  }
}
