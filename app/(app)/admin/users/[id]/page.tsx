import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { getUserForEdit, loadUnitOptions } from '@/lib/users/find-users';
import { EditUserRoleForm } from '@/components/admin/user-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { CREDENTIAL_ACTIONS_MESSAGES, USER_FORM_MESSAGES } from '@/components/admin/messages';
import { CredentialActions } from '@/components/admin/credential-actions';

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageActor('user.manage');
  const { id } = await params;
  const user = await getUserForEdit({ userId: id });
  if (!user) notFound();
  const t = await getTranslations('users');
  const tAccount = await getTranslations('account.admin');
  const units = await loadUnitOptions({ locale: await getLocale() });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('editHeading', { name: user.fullName })}</h1>
      <p className="text-sm text-slate-600">{user.email}</p>
      <p className="flex gap-4 text-sm" data-testid="credential-status">
        <span>
          {tAccount('activation')}: {user.activatedAt ? tAccount('activated') : tAccount('notActivated')}
        </span>
        <span>
          {tAccount('secondFactor')}: {user.totpEnabledAt ? tAccount('enrolled') : tAccount('notEnrolled')}
        </span>
      </p>
      <ClientMessages namespaces={USER_FORM_MESSAGES}>
        <EditUserRoleForm units={units} user={user} />
      </ClientMessages>
      <ClientMessages namespaces={CREDENTIAL_ACTIONS_MESSAGES}>
        <CredentialActions user={{ id: user.id, version: user.version, fullName: user.fullName }} />
      </ClientMessages>
    </section>
  );
}
