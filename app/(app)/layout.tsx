import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { NAVIGATION } from '@/lib/auth/navigation';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { db } from '@/lib/db/client';
import { countInbox } from '@/lib/caseload/agenda';
import { countExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { hasPermission } from '@/lib/auth/permissions';
import { countNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { ClientMessages } from '@/components/layout/client-messages';
import { SIGN_OUT_BUTTON_MESSAGES } from '@/components/auth/messages';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await requirePageActor();
  const t = await getTranslations('nav');
  const tRole = await getTranslations('roles');
  const inboxCount = await countInbox({ db, actor });
  const expiringCount = hasPermission(actor.role, 'worklist.expiry') ? await countExpiringOrders({ db, actor }) : 0;
  const noticeCount = hasPermission(actor.role, 'worklist.warnings') ? await countNoticeWorklist({ db, actor }) : 0;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-blue-900">
            {t('brand')}
          </Link>
          <nav aria-label={t('main')} className="flex flex-1 flex-wrap gap-3">
            {NAVIGATION[actor.role].map((item) => (
              <Link key={item.href} href={item.href} className="rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">
                {t(item.labelKey)}
                {item.href === '/expiring' && expiringCount > 0 && (
                  <span className="ml-1 rounded-full bg-amber-700 px-2 py-0.5 text-xs text-white" aria-label={t('expiringCount', { count: expiringCount })}>
                    {expiringCount}
                  </span>
                )}
                {item.href === '/warnings' && noticeCount > 0 && (
                  <span className="ml-1 rounded-full bg-slate-700 px-2 py-0.5 text-xs text-white" aria-label={t('noticeCount', { count: noticeCount })}>
                    {noticeCount}
                  </span>
                )}
                {item.href === '/inbox' && inboxCount > 0 && (
                  <span className="ml-1 rounded-full bg-red-700 px-2 py-0.5 text-xs text-white" aria-label={t('inboxCount', { count: inboxCount })}>
                    {inboxCount}
                  </span>
                )}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span data-testid="current-user">
              {actor.fullName} · <span className="text-slate-500">{tRole(actor.role)}</span>
            </span>
            <LanguageSwitcher />
            <ClientMessages namespaces={SIGN_OUT_BUTTON_MESSAGES}>
              <SignOutButton />
            </ClientMessages>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
