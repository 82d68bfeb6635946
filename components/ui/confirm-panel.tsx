'use client';

import { useEffect, useRef } from 'react';

/**
 * The "check and confirm" step before an irreversible change: a titled panel that takes focus,
 * states what will happen, and offers the one button that sends the change. Escape or cancel
 * returns to where the user came from (see useReturnFocus). A second click while the first is
 * being sent does nothing, so a double click sends one request.
 */
export function ConfirmPanel({
  id,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  pending,
  tone = 'primary',
}: {
  id: string;
  title: string;
  children?: React.ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => Promise<unknown>;
  onCancel: () => void;
  pending: boolean;
  tone?: 'primary' | 'danger';
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const sending = useRef(false);
  useEffect(() => heading.current?.focus(), []);

  async function confirm() {
    if (sending.current) return;
    sending.current = true;
    try {
      await onConfirm();
    } finally {
      sending.current = false;
    }
  }

  return (
    <div
      role="dialog"
      aria-labelledby={`${id}-title`}
      className="flex w-full flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || pending) return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        {title}
      </h2>
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={tone === 'danger' ? 'btn-danger' : 'btn'} disabled={pending} aria-disabled={pending} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" className="btn-secondary" disabled={pending} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

/** Label and value rows of what is about to be recorded (the GOV.UK summary list, without change links). */
export function SummaryList({ rows }: { rows: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="font-medium text-slate-700">{r.label}</dt>
          <dd className="whitespace-pre-wrap break-words">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A ref for the element that gets focus back when a confirmation closes (cancelled, escaped or
 * done), as a dialog returns focus to what opened it; the element may have been re-rendered.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
