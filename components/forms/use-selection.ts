'use client';

import { useState } from 'react';

/** Rows ticked in a list (bulk reassignment, bulk review): toggle one, set or clear the page. */
export function useSelection() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const setAll = (ids: string[] | null) => setSelected(new Set(ids ?? []));
  return { selected, toggle, setAll };
}
