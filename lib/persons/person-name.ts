/**
 * A person's name, written the one way the app writes it (docs/decisions/022-structure.md):
 * surname, given name, patronymic, as in Kazakh and Russian documents.
 *
 * - `full` (default): "Surname Given Patronymic", the patronymic left out when there is none;
 * - `short`: "Surname Given", for table rows, headings and links where the patronymic adds width;
 * - `initials`: "Surname G. P.", the form of court papers and signatures.
 *
 * Pure and safe in client components; never log its result (docs/observability.md).
 */
export type TPersonName = { lastName: string; firstName: string; middleName?: string | null };
export type TPersonNameStyle = 'full' | 'short' | 'initials';

const clean = (part: string | null | undefined) => (part ?? '').trim();
const initial = (part: string) => (part ? `${Array.from(part)[0]!.toLocaleUpperCase()}.` : '');

export function personName(person: TPersonName, { style = 'full' }: { style?: TPersonNameStyle } = {}): string {
  const last = clean(person.lastName);
  const first = clean(person.firstName);
  const middle = clean(person.middleName);
  const parts =
    style === 'full' ? [last, first, middle] : style === 'short' ? [last, first] : [last, [initial(first), initial(middle)].filter(Boolean).join(' ')];
  return parts.filter(Boolean).join(' ');
}
