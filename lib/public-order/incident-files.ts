import { FieldError } from '@/lib/actions/errors';
import { sniffImageType } from '@/lib/persons/photo';

// Evidence files of a public-order incident, checked as violations' Evidence is: the browser's
// declared type is not trusted, the bytes are sniffed (JPEG, PNG, WebP, PDF); the size limit is in
// the schema (incidents-schemas.ts). Names are kept for display only, cleaned of paths and of
// anything but letters, digits, spaces and ". _ -"; downloads use safeFilename on top.

export function sniffIncidentFileType(bytes: Uint8Array): string | null {
  if (String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-') return 'application/pdf';
  return sniffImageType(bytes);
}

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** A display name: the last path segment, letters/digits/space/._- only, at most 120 characters. */
export function sanitiseFileName(raw: string | undefined, mimeType: string, index: number): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+/, '')
    .trim()
    .slice(0, 120);
  return clean || `incident-file-${index + 1}.${EXTENSION[mimeType] ?? 'bin'}`;
}

/** The rows to store for uploaded files, or a FieldError on the first whose bytes are not allowed. */
export async function incidentFileRows(files: Blob[], uploadedById: string) {
  const rows = [];
  for (const [index, file] of files.entries()) {
    const data = new Uint8Array(await file.arrayBuffer());
    const mimeType = sniffIncidentFileType(data);
    if (!mimeType) throw new FieldError({ [`files.${index}`]: { key: 'validation.evidenceType' }, files: { key: 'validation.evidenceType' } });
    rows.push({ fileName: sanitiseFileName((file as File).name, mimeType, index), mimeType, size: data.length, data, uploadedById });
  }
  return rows;
}

/**
 * The name a download is saved under: the stored name when it is plain ASCII already (letters,
 * digits, "._-"), else "incident-file-<id>.<ext>" rather than a name mangled into underscores.
 */
export function downloadName(file: { id: string; fileName: string; mimeType: string }): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/.test(file.fileName) ? file.fileName : `incident-file-${file.id}.${EXTENSION[file.mimeType] ?? 'bin'}`;
}
