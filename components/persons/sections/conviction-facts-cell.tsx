import { getTranslations } from 'next-intl/server';
import { yesNoValue, type TConvictionRiskFacts } from '@/lib/persons/conviction-facts';

/** A conviction's risk facts, one line each, "not recorded" where the record has none. */
export async function ConvictionFactsCell({ conviction: c }: { conviction: TConvictionRiskFacts }) {
  const f = await getTranslations('convictionFacts');
  const notRecorded = f('notRecorded');
  const line = (label: string, value: string | null) => (
    <li>
      <span className="text-slate-500">{label}:</span> {value ?? <span className="italic">{notRecorded}</span>}
    </li>
  );
  const yesNo = (name: 'contactOffence' | 'nonSexualViolence', v: boolean | null) => (v === null ? null : f(`${name}.${yesNoValue(v)}`));
  return (
    <ul className="flex flex-col gap-0.5 text-xs">
      <li className="font-medium">{f(`sexualOffence.${c.sexualOffence ? 'yes' : 'no'}`)}</li>
      {c.sexualOffence && (
        <>
          {line(f('label.victimAgeBand'), c.victimAgeBand && f(`victimAgeBand.${c.victimAgeBand}`))}
          {line(f('label.victimSex'), c.victimSex && f(`victimSex.${c.victimSex}`))}
          {line(f('label.victimRelationship'), c.victimRelationship && f(`victimRelationship.${c.victimRelationship}`))}
          {line(f('label.contactOffence'), yesNo('contactOffence', c.contactOffence))}
        </>
      )}
      {line(f('label.nonSexualViolence'), yesNo('nonSexualViolence', c.nonSexualViolence))}
    </ul>
  );
}
