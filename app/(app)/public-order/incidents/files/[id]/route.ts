import { defineRoute } from '@/lib/http/define-route';
import { incidentScope } from '@/lib/public-order/scope';
import { downloadName } from '@/lib/public-order/incident-files';

// An incident's evidence file: part of the public-order work on its subject, so publicOrder.read
// and the incident's scope; each download is audited (ids only) and saved as an attachment under
// a safe name (defineRoute's safeFilename).
export const GET = defineRoute<{ id: string }>({
  name: 'publicOrder.incident.fileDownload',
  permission: 'publicOrder.read',
  target: ({ id }) => ({ targetType: 'IncidentFile', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const file = await tx.incidentFile.findFirst({
      where: { id: params.id, incident: incidentScope(actor) },
      select: { id: true, data: true, mimeType: true, fileName: true, incidentId: true },
    });
    return file && { body: file.data, contentType: file.mimeType, filename: downloadName(file), audit: { details: { incidentId: file.incidentId } } };
  },
});
