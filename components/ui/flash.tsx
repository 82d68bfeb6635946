'use client';

import { createContext, useCallback, useContext, useState } from 'react';
import { usePathname } from 'next/navigation';

type TFlash = { id: number; message: string; path: string };
type TShowFlash = (message: string, options?: { path?: string }) => void;

const FlashContext = createContext<TShowFlash>(() => {
  throw new Error('useFlash needs a <FlashProvider> above it');
});

/**
 * The success message after a change ("Petition endorsed"), in one polite live region of the
 * signed-in layout. It lives above the pages, so it outlives the form that set it, the page's
 * refresh and a navigation: pass `path` when the form navigates next, and the message shows on
 * that page. Moving on to any other page clears it.
 */
export function FlashProvider({ dismissLabel, children }: { dismissLabel: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const [flash, setFlash] = useState<TFlash | null>(null);
  const [seenPath, setSeenPath] = useState(pathname);
  if (pathname !== seenPath) {
    setSeenPath(pathname);
    if (flash && flash.path !== pathname) setFlash(null);
  }
  const show = useCallback<TShowFlash>((message, options) => {
    const path = new URL(options?.path ?? window.location.pathname, window.location.origin).pathname;
    setFlash((old) => ({ id: (old?.id ?? 0) + 1, message, path }));
  }, []);
  const visible = flash && flash.path === pathname ? flash : null;

  return (
    <FlashContext.Provider value={show}>
      <div className={visible ? 'mb-4 flex items-start justify-between gap-3 rounded-md border border-green-300 bg-green-50 px-4 py-3' : ''}>
        {/* Always in the page, so that assistive technology announces what is put into it. */}
        <div role="status" aria-live="polite" data-testid="flash" className="text-sm font-medium text-green-900">
          {visible && <p key={visible.id}>{visible.message}</p>}
        </div>
        {visible && (
          <button type="button" className="text-sm text-green-900 underline" onClick={() => setFlash(null)}>
            {dismissLabel}
          </button>
        )}
      </div>
      {children}
    </FlashContext.Provider>
  );
}

/** Shows a success message naming what was recorded; see FlashProvider. */
export function useFlash(): TShowFlash {
  return useContext(FlashContext);
}
