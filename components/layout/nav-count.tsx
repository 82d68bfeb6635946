import { getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { db } from '@/lib/db/client';
import { cached } from '@/lib/cache/ttl-cache';
import { countInbox } from '@/lib/caseload/agenda';
import { countExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { countNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { countPendingReview } from '@/lib/review/find-pending';

/**
 * Navigation counts are hints: each is cached for 30 seconds per user (a supervisor's notice
 * count reads every person of the region) and rendered inside a Suspense boundary by the
 * layout, so a page never waits for its navigation. The lists behind them are always live.
 */
const TTL_MS = 30_000;

const KINDS = {
  inbox: { count: countInbox, label: 'nav.inboxCount', tone: 'bg-red-700' },
  expiring: { count: countExpiringOrders, label: 'nav.expiringCount', tone: 'bg-amber-700' },
  notice: { count: countNoticeWorklist, label: 'nav.noticeCount', tone: 'bg-slate-700' },
  review: { count: countPendingReview, label: 'importReview.navCount', tone: 'bg-blue-800' },
} as const;

export async function NavCount({ kind, actor }: { kind: keyof typeof KINDS; actor: TActor }) {
  const { count, label, tone } = KINDS[kind];
  const n = await cached(`nav:${kind}:${actor.id}:${actor.role}:${actor.districtId}:${actor.regionId}:${actor.courtId}`, TTL_MS, () => count({ db, actor }));
  if (n <= 0) return null;
  const t = await getTranslations();
  return (
    <span className={`ml-1 rounded-full ${tone} px-2 py-0.5 text-xs text-white`} aria-label={t(label, { count: n })}>
      {n}
    </span>
  );
}
