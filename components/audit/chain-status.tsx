import { getLocale, getTranslations } from 'next-intl/server';
import type { AuditVerification } from '@/lib/generated/prisma/client';
import { formatDateTime } from '@/lib/i18n/format';
import { PROBLEMS, type TAuditProblem } from '@/lib/audit/verify';

/** The latest verification of the audit chain (lib/audit/verify.ts), for those who read the trail. */
export async function AuditChainStatus({ run }: { run: AuditVerification | null }) {
  const t = await getTranslations('auditChain');
  const locale = await getLocale();
  const tone = !run
    ? 'border-slate-300'
    : run.result === 'OK'
      ? 'border-green-700'
      : run.result === 'UNSEALED'
        ? 'border-amber-600'
        : 'border-red-700 bg-red-50';
  const at = run ? formatDateTime(run.at, locale) : '';
  const problem = run?.problem && (PROBLEMS as readonly string[]).includes(run.problem) ? t(`problem.${run.problem as TAuditProblem}`) : '';
  return (
    <section className={`card border-l-4 ${tone}`} aria-labelledby="audit-chain-heading" data-testid="audit-chain" data-result={run?.result ?? 'NONE'}>
      <h2 id="audit-chain-heading" className="text-sm font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm" role={run?.result === 'BROKEN' ? 'alert' : undefined}>
        {!run
          ? t('never')
          : run.result === 'OK'
            ? t('ok', { at, checked: run.checked })
            : run.result === 'UNSEALED'
              ? t('unsealed', { at, checked: run.checked, event: String(run.brokenEvent ?? '') })
              : t('broken', { at, seq: String(run.brokenSeq ?? ''), event: String(run.brokenEvent ?? ''), problem })}
      </p>
    </section>
  );
}
