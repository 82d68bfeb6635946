import { getTranslations } from 'next-intl/server';
import type { TPetitionView } from '@/lib/petitions/find-petitions';
import { StepForm } from '@/components/petitions/step-form';

/** The petition's attachments; a draft's editor may add more. */
export async function AttachmentsSection({ petition, editing }: { petition: TPetitionView; editing: boolean }) {
  const t = await getTranslations('petition');
  return (
    <section className="card flex flex-col gap-2 text-sm" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading" className="text-lg font-semibold">
        {t('attachments')}
      </h2>
      {petition.attachments.length === 0 ? (
        <p className="text-slate-600">{t('noAttachments')}</p>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {petition.attachments.map((a) => (
            <li key={a.id}>
              <a className="link" href={`/petitions/${petition.id}/files/${a.id}`}>
                {a.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <StepForm action="addAttachment" fixed={{ petitionId: petition.id }} fields={[{ name: 'file', type: 'file' }]} label={t('attach')} tone="secondary" />
      )}
    </section>
  );
}
