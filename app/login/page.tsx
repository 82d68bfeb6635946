import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getRequest } from '@/lib/auth/current-actor';
import { env } from '@/lib/env';
import { LoginForm } from '@/components/auth/login-form';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { RegistryLink } from '@/components/registry/registry-link';
import { ClientMessages } from '@/components/layout/client-messages';
import { LOGIN_FORM_MESSAGES } from '@/components/auth/messages';
import { getPendingSession } from '@/lib/account/pending-request';

export default async function LoginPage() {
  const { actor } = await getRequest();
  if (actor) redirect('/');
  // Password given, second factor still to come (lib/account/second-factor.ts).
  if (await getPendingSession()) redirect('/login/second-factor');
  const t = await getTranslations('login');
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <LanguageSwitcher />
      </div>
      <ClientMessages namespaces={LOGIN_FORM_MESSAGES}>
        <LoginForm />
      </ClientMessages>
      {env().demo && <p className="text-xs text-slate-500">{t('demoHint')}</p>}
      <RegistryLink />
    </main>
  );
}
