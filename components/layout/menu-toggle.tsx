'use client';

import { useEffect, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';

/**
 * The header's collapsible part below 768 px (Tailwind's `md`): a button with aria-expanded and
 * aria-controls, and the panel it shows. From `md` up the button is hidden and the panel's children
 * become items of the header's own row (`display: contents`), placed there by their `md:order-*`. Escape closes the panel and returns focus to the button; following a link closes it.
 * Labels come translated from the server, so this component needs no client messages.
 * `slot`: what stays visible next to the button on a phone (the notification bell goes there).
 */
export function MenuToggle({
  id,
  openLabel,
  closeLabel,
  slot,
  children,
}: {
  id: string;
  openLabel: string;
  closeLabel: string;
  slot?: React.ReactNode;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // A new page closes the menu (the layout is kept across navigations).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <div className="ml-auto flex items-center gap-2 md:order-2 md:ml-0">
        {slot}
        {/* The wrapper hides the button from md up: .btn-secondary is unlayered CSS and would beat md:hidden on the button. */}
        <span className="md:hidden">
          <button
            ref={button}
            type="button"
            className="btn-secondary px-3 py-1.5"
            aria-expanded={open}
            aria-controls={id}
            data-testid="menu-button"
            onClick={() => setOpen((o) => !o)}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="currentColor">
              {open ? (
                <path d="M5.3 4.3 10 9l4.7-4.7 1 1L11 10l4.7 4.7-1 1L10 11l-4.7 4.7-1-1L9 10 4.3 5.3z" />
              ) : (
                <path d="M3 5h14v1.5H3zm0 4.25h14v1.5H3zM3 13.5h14V15H3z" />
              )}
            </svg>
            {open ? closeLabel : openLabel}
          </button>
        </span>
      </div>
      <div id={id} data-testid="menu-panel" className={`${open ? 'flex' : 'hidden'} w-full flex-col gap-3 pb-2 md:contents`}>
        {children}
      </div>
    </>
  );
}
