import { defineRoute } from '@/lib/http/define-route';
import { petitionScope } from '@/lib/petitions/scope';

// A petition's attachment, or ("decision-scan") the scan of the court's decision: same scope as
// the petition, served as a download, each one audited.
export const GET = defineRoute<{ id: string; fileId: string }>({
  name: 'petition.fileDownload',
  permission: 'petition.read',
  target: ({ id }) => ({ targetType: 'ExtensionPetition', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const { id, fileId } = params;
    const petition = await tx.extensionPetition.findFirst({ where: { AND: [{ id }, petitionScope(actor)] }, select: { id: true } });
    if (!petition) return null;
    if (fileId === 'decision-scan') {
      const d = await tx.courtDecision.findUnique({ where: { petitionId: petition.id }, select: { scan: true, scanMimeType: true } });
      return d?.scan && d.scanMimeType ? { body: d.scan, contentType: d.scanMimeType, audit: { details: { fileId } } } : null;
    }
    const file = await tx.petitionAttachment.findFirst({ where: { id: fileId, petitionId: petition.id }, select: { data: true, mimeType: true } });
    return file && { body: file.data, contentType: file.mimeType, audit: { details: { fileId } } };
  },
});
