import { getLocale, getTranslations } from 'next-intl/server';
import type { TPetitionView } from '@/lib/petitions/find-petitions';
import type { TDraftOptions } from '@/lib/petitions/draft-options';
import { isCompetentCourt } from '@/lib/petitions/competent-court';
import { localName, localTitle } from '@/lib/i18n/config';
import { kzToday } from '@/lib/time/today';
import { DraftEditor } from '@/components/petitions/draft-editor';
import { formatLongDate } from '@/lib/i18n/long-form';

/** The request: the draft editor while the drafter may still change it, read-only afterwards. */
export async function RequestSection({ petition, options }: { petition: TPetitionView; options: TDraftOptions | null }) {
  const t = await getTranslations('petition');
  const tc = await getTranslations('petitionCourt');
  const tr = await getTranslations('riskPetition');
  const locale = await getLocale();
  if (!options)
    return (
      <section className="card flex flex-col gap-1 text-sm">
        <h2 className="text-lg font-semibold">{t('requestHeading')}</h2>
        <p>{petition.requestedLifelong ? t('requestLifelong') : t('requestYears', { years: petition.requestedTermYears ?? 0 })}</p>
        <p className="whitespace-pre-wrap">{petition.grounds}</p>
        {petition.requestedChanges && <p>{petition.requestedChanges}</p>}
      </section>
    );
  const { competent, competentIds } = options;
  const lang = locale === 'ru' || locale === 'kk' ? locale : 'en';
  // What the next save will carry, and whether a lifelong request must then say why there is no recent assessment.
  const riskNote = (risk: TDraftOptions['risk']) => ({
    recent: !!risk?.recent,
    note: !risk
      ? tr('editor.none')
      : risk.recent
        ? tr('editor.current', {
            band: risk.band?.[lang] ?? risk.bandCode ?? '',
            score: risk.score ?? 0,
            date: formatLongDate(kzToday(risk.countersignedAt), lang),
          })
        : tr('editor.currentOld', { date: formatLongDate(kzToday(risk.countersignedAt), lang) }),
  });
  const courtOptions = options.courts.map((c) => ({
    value: c.id,
    label: competent && isCompetentCourt(c, competent) ? tc('competentOption', { court: localName(c, locale) }) : localName(c, locale),
  }));
  const competentNote = !competent
    ? ''
    : competent.court
      ? tc(competent.basis === 'REGISTERED_ADDRESS' ? 'competent' : 'competentFromDistrict', {
          court: localName(competent.court, locale),
          district: localName(competent.district, locale),
        })
      : tc('noCompetent', { district: localName(competent.district, locale) });
  return (
    <DraftEditor
      petitionId={petition.id}
      version={petition.version}
      initial={{
        grounds: petition.grounds,
        riskFactorCodes: petition.riskFactorCodes,
        requestedLifelong: petition.requestedLifelong,
        requestedTermYears: petition.requestedTermYears ? String(petition.requestedTermYears) : '',
        requestedChanges: petition.requestedChanges ?? '',
        courtId: petition.courtId,
        courtReason: petition.courtReason ?? '',
        riskAssessmentMissingReason: petition.riskAssessmentMissingReason ?? '',
        language: petition.language,
      }}
      risk={riskNote(options.risk)}
      riskFactors={options.riskFactors.map((r) => ({ value: r.code, label: localTitle(r, locale) }))}
      courts={courtOptions}
      competentCourtIds={competentIds}
      competentNote={competentNote}
    />
  );
}
