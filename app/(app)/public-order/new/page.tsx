import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { loadFormOptions } from '@/lib/reference/options';
import { ClientMessages } from '@/components/layout/client-messages';
import { PublicOrderRegisterForm } from '@/components/public-order/record/public-order-register-form';
import { PUBLIC_ORDER_REGISTER_FORM_MESSAGES } from '@/components/public-order/record/messages';

export default async function RegisterPublicOrderPersonPage() {
  const { actor } = await requirePageActor('publicOrder.record');
  const t = await getTranslations('publicOrderRecord.form');
  const options = await loadFormOptions({ actor, locale: await getLocale() });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <ClientMessages namespaces={PUBLIC_ORDER_REGISTER_FORM_MESSAGES}>
        <PublicOrderRegisterForm districts={options.registerDistricts} />
      </ClientMessages>
    </section>
  );
}
