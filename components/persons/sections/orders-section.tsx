import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { localName, localTitle } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonView } from '@/lib/persons/view-person';
import { StartPetitionButton } from '@/components/petitions/start-petition-button';
import { RestrictionSummary } from '@/components/persons/restriction-summary';

type TOrder = TPersonView['orders'][number];

/** The person's supervision orders with extensions and restrictions; a new order or petition for those allowed. */
export async function OrdersSection({ actor, person, activeOrder }: { actor: TActor; person: TPersonView; activeOrder: TOrder | null }) {
  const t = await getTranslations('person');
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="orders-heading">
      <div className="flex items-center justify-between">
        <h2 id="orders-heading" className="text-lg font-semibold">
          {t('orders')}
        </h2>
        {hasPermission(actor.role, 'order.create') && !activeOrder && (
          <Link href={`/persons/${person.id}/orders/new`} className="btn">
            {t('newOrder')}
          </Link>
        )}
        {hasPermission(actor.role, 'petition.draft') && activeOrder && !activeOrder.lifelong && (
          <StartPetitionButton personId={person.id} orderId={activeOrder.id} />
        )}
      </div>
      {person.orders.length === 0 && <p className="text-sm text-slate-600">{t('noOrders')}</p>}
      {person.orders.map((order) => (
        <OrderItem key={order.id} order={order} />
      ))}
    </section>
  );
}

async function OrderItem({ order }: { order: TOrder }) {
  const t = await getTranslations('person');
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-2 border-t border-slate-100 pt-3" data-testid="order">
      <p className="text-sm">
        <strong>{t(`orderStatus.${order.status}`)}</strong> · {t('ruling', { number: order.rulingNumber, date: formatDate(order.rulingDate, locale) })} ·{' '}
        {localName(order.court, locale)}
      </p>
      <p className="text-sm">
        {t('period', { start: formatDate(order.startDate, locale) })} <strong>{order.lifelong ? t('lifelong') : formatDate(order.endDate, locale)}</strong> ·{' '}
        {localTitle(order.legalBasis, locale)}
      </p>
      {order.extensions.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('extensions')}</h3>
          <ol className="list-decimal pl-6 text-sm">
            {order.extensions.map((e) => (
              <li key={e.id}>
                {t('extensionLink', {
                  from: formatDate(e.previousEndDate, locale),
                  to: e.lifelong ? t('lifelong') : formatDate(e.newEndDate, locale),
                  number: e.rulingNumber,
                  date: formatDate(e.rulingDate, locale),
                })}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div>
        <h3 className="text-sm font-semibold">{t('restrictions')}</h3>
        {order.restrictions.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noRestrictions')}</p>
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {order.restrictions.map((r) => (
              <li key={r.id}>
                <RestrictionSummary params={r.typed} />{' '}
                <span className="text-slate-500">
                  ({t('since', { date: formatDate(r.effectiveFrom, locale) })}
                  {r.effectiveTo ? `, ${t('until', { date: formatDate(r.effectiveTo, locale) })}` : ''})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
