/** A link from a figure to its list, with the dashboard's filters as parameters. */
export function figureHref(path: string, params: Record<string, string | number | undefined>) {
  const search = new URLSearchParams(
    Object.entries(params)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return `${path}?${search}`;
}

/** A count in the reader's language. */
export function formatCount(n: number, locale: string) {
  return n.toLocaleString(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB');
}

export type TScopeParams = Record<string, string>;
