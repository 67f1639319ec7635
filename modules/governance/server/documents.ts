import type { FastifyReply } from 'fastify';

/** Files of meetings and agreements: one way to name them and one way to hand them back. */

/** Bytes of a base64 upload inside a JSON body (a third larger than the file), plus room for the other fields. */
export const uploadBodyBytes = (maxFileBytes: number) => Math.ceil((maxFileBytes * 4) / 3) + 64 * 1024;

/** A file name safe to store and to put in a header: no path, no control or reserved characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_').trim();
  return clean.slice(0, 200) || 'documento';
}

/** Sends a stored file as a download, with its name in ASCII and in UTF-8 (RFC 6266) and no type sniffing. */
export function sendDocument(reply: FastifyReply, doc: { filename: string; mediaType: string; content: Buffer }) {
  const ascii = doc.filename.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return reply
    .header('content-type', doc.mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-length', doc.content.length)
    .send(doc.content);
}
