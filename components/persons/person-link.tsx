import Link from 'next/link';
import { personName, type TPersonName, type TPersonNameStyle } from '@/lib/persons/person-name';

/**
 * A link to a person's record showing their name in one of personName's styles. No hooks and no
 * 'use client': it renders on the server and inside client components alike. `section` opens a
 * part of the record ('timeline', 'check-ins/new').
 */
export function PersonLink({
  person,
  style = 'full',
  section,
  className = 'link',
}: {
  person: TPersonName & { id: string };
  style?: TPersonNameStyle;
  section?: string;
  className?: string;
}) {
  return (
    <Link className={className} href={section ? `/persons/${person.id}/${section}` : `/persons/${person.id}`}>
      {personName(person, { style })}
    </Link>
  );
}
