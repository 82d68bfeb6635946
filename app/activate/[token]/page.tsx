import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { findUsableLink } from '@/lib/account/activation';
import { ActivateForm } from '@/components/account/activate-form';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { ClientMessages } from '@/components/layout/client-messages';
import { ACTIVATE_FORM_MESSAGES } from '@/components/account/messages';
import { SignInAgain } from '@/components/account/sign-in-again';

// The token is in the path: never send it on as a referrer.
export const metadata: Metadata = { referrer: 'no-referrer', robots: { index: false } };

/** Public: whoever holds a usable one-time link chooses the password of its user. */
export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findUsableLink({ token });
  const t = await getTranslations('account');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('activate.heading')}</h1>
        <LanguageSwitcher />
      </div>
      {link ? (
        <ClientMessages namespaces={ACTIVATE_FORM_MESSAGES}>
          <ActivateForm token={token} email={link.user.email} />
        </ClientMessages>
      ) : (
        <SignInAgain message={t('linkUnusable')} linkText={t('activate.signIn')} />
      )}
    </main>
  );
}
