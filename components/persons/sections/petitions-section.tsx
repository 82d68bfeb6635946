import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonView } from '@/lib/persons/view-person';

/** The person's petitions in the actor's scope, with their documents once filed. Nothing when there are none. */
export async function PetitionsSection({ person }: { person: TPersonView }) {
  if (person.petitions.length === 0) return null;
  const tp = await getTranslations('petition');
  const locale = await getLocale();
  return (
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
  );
}
