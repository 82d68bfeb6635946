import Link from 'next/link';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { NAVIGATION } from '@/lib/auth/navigation';
import { hasPermission } from '@/lib/auth/permissions';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NavCount } from '@/components/layout/nav-count';
import { MenuToggle } from '@/components/layout/menu-toggle';

type TCountKind = 'inbox' | 'expiring' | 'notice' | 'review';

/** Which navigation items carry a count badge, for this actor. */
function countsFor(actor: TActor): Record<string, TCountKind | null> {
  return {
    '/inbox': actor.role === 'OFFICER' ? 'inbox' : null,
    '/expiring': hasPermission(actor.role, 'worklist.expiry') ? 'expiring' : null,
    '/warnings': hasPermission(actor.role, 'worklist.warnings') ? 'notice' : null,
    '/persons/review': hasPermission(actor.role, 'person.review') ? 'review' : null,
  };
}

/**
 * The signed-in header. Below 768 px only the brand, the `bell` slot and the menu button show;
 * the navigation and the account controls fold into the menu (components/layout/menu-toggle.tsx).
 * From 768 px: brand, account controls and bell on the first row, the navigation on a row of its
 * own, which stays one line at 1280 px in every language (e2e/phone-layout.spec.ts).
 *
 * Its client parts' messages (SIGN_OUT_BUTTON_MESSAGES) are shipped by the layout around it.
 *
 * `bell`: the notification centre's bell (issue 12, notifications), shown next to the menu button
 * on a phone and after the account controls on a wide screen.
 */
export async function AppHeader({ actor, bell }: { actor: TActor; bell?: React.ReactNode }) {
  const t = await getTranslations('nav');
  const tRole = await getTranslations('roles');
  const tAll = await getTranslations();
  const tMenu = await getTranslations('appMenu');
  const counts = countsFor(actor);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:py-3">
        <Link href="/" className="shrink-0 text-lg font-semibold text-blue-900 md:order-0">
          {t('brand')}
        </Link>
        <MenuToggle id="app-menu" openLabel={tMenu('open')} closeLabel={tMenu('close')} slot={bell}>
          <nav aria-label={t('main')} className="md:order-3 md:basis-full">
            <ul className="flex flex-col gap-1 md:-mx-2 md:flex-row md:flex-wrap md:gap-x-1">
              {NAVIGATION[actor.role].map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    data-testid="nav-link"
                    className="block whitespace-nowrap rounded px-2 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 md:py-1"
                  >
                    {item.labelKey.includes('.') ? tAll(item.labelKey) : t(item.labelKey)}
                    {counts[item.href] && (
                      <Suspense fallback={null}>
                        <NavCount kind={counts[item.href]!} actor={actor} />
                      </Suspense>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 text-sm md:order-1 md:ml-auto md:border-0 md:pt-0">
            <span data-testid="current-user">
              <Link href="/account" className="hover:underline" title={tAll('account.nav')}>
                {actor.fullName}
              </Link>{' '}
              · <span className="text-slate-500">{tRole(actor.role)}</span>
            </span>
            <LanguageSwitcher />
            <SignOutButton />
          </div>
        </MenuToggle>
      </div>
    </header>
  );
}
