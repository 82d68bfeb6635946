import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { viewPerson } from '@/lib/persons/view-person';
import { loadFormOptions } from '@/lib/reference/options';
import { localName, localTitle } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getComplianceFigures } from '@/lib/compliance/compliance';
import { ComplianceBadge } from '@/components/work/compliance-badge';
import { StartPetitionButton } from '@/components/petitions/start-petition-button';
import { RestrictionSummary } from '@/components/persons/restriction-summary';
import { AddConvictionForm } from '@/components/persons/add-conviction-form';
import { AddAddressForm } from '@/components/persons/add-address-form';
import { WarningsSection } from '@/components/warnings/warnings-section';
import { RegistryStatus } from '@/components/registry/registry-status';
import { ClientMessages } from '@/components/layout/client-messages';
import { ADD_ADDRESS_FORM_MESSAGES, ADD_CONVICTION_FORM_MESSAGES } from '@/components/persons/messages';
import { START_PETITION_BUTTON_MESSAGES } from '@/components/petitions/messages';
import { WARNINGS_SECTION_MESSAGES } from '@/components/warnings/messages';
import { REGISTRY_STATUS_MESSAGES } from '@/components/registry/messages';
import { mergeNamespaces } from '@/lib/i18n/client-messages';

// What the client components on this page read, those inside WarningsSection and RegistryStatus
// included (docs/conventions.md, "Client messages").
const clientMessages = mergeNamespaces(
  START_PETITION_BUTTON_MESSAGES,
  WARNINGS_SECTION_MESSAGES,
  REGISTRY_STATUS_MESSAGES,
  ADD_CONVICTION_FORM_MESSAGES,
  ADD_ADDRESS_FORM_MESSAGES,
);

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('person.read');
  const { id } = await params;
  const person = await viewPerson({ db, actor, meta, personId: id });
  if (!person) notFound();
  const t = await getTranslations('person');
  const locale = await getLocale();
  const canEdit = hasPermission(actor.role, 'person.update');
  const options = canEdit ? await loadFormOptions({ db, actor, locale }) : null;
  const activeOrder = person.orders.find((o) => o.status === 'ACTIVE');
  const figures = (await getComplianceFigures({ db, personIds: [person.id] })).get(person.id)!;
  const tc = await getTranslations('compliance');
  const tp = await getTranslations('petition');

  return (
    <ClientMessages namespaces={clientMessages}>
      <article className="flex flex-col gap-6">
        <header className="flex flex-wrap items-start gap-4">
          {person.photos[0] ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by our own scoped route
            <img src={`/persons/${person.id}/photo`} alt={t('photoAlt')} className="h-32 w-24 rounded object-cover" />
          ) : (
            <div className="flex h-32 w-24 items-center justify-center rounded bg-slate-200 text-xs text-slate-700">{t('noPhoto')}</div>
          )}
          <div className="flex flex-col gap-1">
            <h1 className="text-2xl font-semibold">
              {person.lastName} {person.firstName} {person.middleName ?? ''}
            </h1>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-500">{t('iin')}</dt>
              <dd className="font-mono">{person.iin}</dd>
              <dt className="text-slate-500">{t('birthDate')}</dt>
              <dd>{formatDate(person.birthDate, locale)}</dd>
              <dt className="text-slate-500">{t('sex')}</dt>
              <dd>{t(`sexValue.${person.sex}`)}</dd>
              <dt className="text-slate-500">{t('district')}</dt>
              <dd>
                {localName(person.district.region, locale)} — {localName(person.district, locale)}
              </dd>
              <dt className="text-slate-500">{t('officer')}</dt>
              <dd>{person.officer?.fullName ?? t('unassigned')}</dd>
              {person.aliases.length > 0 && (
                <>
                  <dt className="text-slate-500">{t('aliases')}</dt>
                  <dd>{person.aliases.map((a) => `${a.lastName} ${a.firstName} ${a.middleName ?? ''}`.trim()).join('; ')}</dd>
                </>
              )}
            </dl>
          </div>
        </header>

        <section className="card flex flex-col gap-3" aria-labelledby="compliance-heading" data-testid="compliance">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="compliance-heading" className="text-lg font-semibold">
              {tc('heading')}
            </h2>
            <ComplianceBadge status={figures.status} />
          </div>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-600">{tc('nextDue')}</dt>
              <dd>{figures.nextDue ? formatDateTime(figures.nextDue, locale) : '—'}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{tc('lastContact')}</dt>
              <dd>{figures.lastContact ? formatDate(figures.lastContact, locale) : '—'}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{tc('overdue')}</dt>
              <dd data-testid="figure-overdue">{figures.overdue}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{tc('openViolations')}</dt>
              <dd data-testid="figure-open-violations">{figures.openViolations}</dd>
            </div>
          </dl>
          <div className="flex flex-wrap gap-2">
            <Link href={`/persons/${person.id}/timeline`} className="btn-secondary">
              {tc('timeline')}
            </Link>
            {hasPermission(actor.role, 'checkin.record') && (
              <Link href={`/persons/${person.id}/check-ins/new`} className="btn">
                {tc('recordCheckIn')}
              </Link>
            )}
            {hasPermission(actor.role, 'violation.record') && (
              <Link href={`/persons/${person.id}/violations/new`} className="btn-secondary">
                {tc('recordViolation')}
              </Link>
            )}
          </div>
        </section>

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
            <div key={order.id} className="flex flex-col gap-2 border-t border-slate-100 pt-3" data-testid="order">
              <p className="text-sm">
                <strong>{t(`orderStatus.${order.status}`)}</strong> · {t('ruling', { number: order.rulingNumber, date: formatDate(order.rulingDate, locale) })}{' '}
                · {localName(order.court, locale)}
              </p>
              <p className="text-sm">
                {t('period', { start: formatDate(order.startDate, locale) })}{' '}
                <strong>{order.lifelong ? t('lifelong') : formatDate(order.endDate, locale)}</strong> · {localTitle(order.legalBasis, locale)}
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
          ))}
        </section>

        {person.petitions.length > 0 && (
          <section className="card flex flex-col gap-2" aria-labelledby="petitions-heading">
            <h2 id="petitions-heading" className="text-lg font-semibold">
              {tp('listHeading')}
            </h2>
            <ul className="flex flex-col gap-1 text-sm">
              {person.petitions.map((p) => (
                <li key={p.id} className="flex flex-wrap gap-3">
                  <Link className="link" href={`/petitions/${p.id}`}>
                    {tp(`status.${p.status}`)} · {formatDate(p.createdAt, locale)}
                  </Link>
                  {p.filingNumber && (
                    <a className="link" href={`/petitions/${p.id}/document`}>
                      {p.filingNumber} (PDF)
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        <WarningsSection actor={actor} person={person} hasActiveOrder={!!activeOrder} />

        <RegistryStatus actor={actor} person={person} />

        <section className="card flex flex-col gap-3" aria-labelledby="convictions-heading">
          <h2 id="convictions-heading" className="text-lg font-semibold">
            {t('convictions')}
          </h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t('article')}</th>
                <th>{t('court')}</th>
                <th>{t('verdictDate')}</th>
                <th>{t('sentenceEnd')}</th>
              </tr>
            </thead>
            <tbody>
              {person.convictions.map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.article.code} — {localTitle(c.article, locale)}
                  </td>
                  <td>{localName(c.court, locale)}</td>
                  <td>{formatDate(c.verdictDate, locale)}</td>
                  <td>{formatDate(c.sentenceEnd, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {options && <AddConvictionForm personId={person.id} articles={options.articles} courts={options.courts} />}
        </section>

        <section className="card flex flex-col gap-3" aria-labelledby="addresses-heading">
          <h2 id="addresses-heading" className="text-lg font-semibold">
            {t('addresses')}
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            {person.addresses.map((a) => (
              <li key={a.id} className={a.validTo ? 'text-slate-500' : ''}>
                <strong>{t(`addressKind.${a.kind}`)}</strong>: {localName(a.district, locale)}, {a.locality ? `${a.locality}, ` : ''}
                {a.street} {a.building}
                {a.apartment ? `, ${t('apartmentShort')} ${a.apartment}` : ''} · {formatDate(a.validFrom, locale)} —{' '}
                {a.validTo ? formatDate(a.validTo, locale) : t('current')}
                {a.flags.length > 0 && (
                  <ul className="mt-1 list-disc pl-6 text-red-800" aria-label={t('proximityFlags')}>
                    {a.flags.map((f) => (
                      <li key={f.id}>{t('proximityFlag', { facility: f.facility.name, distance: f.distanceM, radius: f.radiusM })}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {options && <AddAddressForm personId={person.id} districts={options.districts} defaultDistrictId={person.districtId} />}
        </section>
      </article>
    </ClientMessages>
  );
}
