import Link from 'next/link';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { db } from '@/lib/db/client';
import { countUnread } from '@/lib/notifications/find-notifications';

/** The header's link to /notifications with the unread count; never holds the page up. */
export function NotificationBell({ actor }: { actor: TActor }) {
  return (
    <Suspense fallback={<BellLink label={null} count={0} />}>
      <CountedBell actor={actor} />
    </Suspense>
  );
}

async function CountedBell({ actor }: { actor: TActor }) {
  const count = await countUnread({ db, actor });
  const t = await getTranslations('notifications');
  return <BellLink label={count > 0 ? t('bellUnread', { count }) : t('bell')} count={count} />;
}

function BellLink({ label, count }: { label: string | null; count: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={label ?? undefined}
      data-testid="notification-bell"
      className="relative inline-flex items-center rounded px-1.5 py-1 text-slate-700 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span data-testid="notification-count" className="ml-0.5 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
          {count}
        </span>
      )}
    </Link>
  );
}
