import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../errors/appError';
import type { Locale } from '../i18n/i18n';
import { zodFields } from './errors';

/** Uploads and downloads of stored files: one way to read their bodies, name them and hand them back. */

/**
 * Validates a body the route read raw (uploads exceed the server's default JSON limit), with the
 * same 400 and translated field messages as every other route.
 */
export function parseRawJsonBody<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new AppError(400, 'validation', 'errors.validation', {}, zodFields(result.error, '', locale));
}

/** A file name safe to store and to put in a header: no path, no control or reserved characters, bounded. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_').trim();
  return clean.slice(0, 200) || 'documento';
}

/** Sends a stored file as a download, with its name in ASCII and in UTF-8 (RFC 6266) and no type sniffing. */
export function sendStoredFile(reply: FastifyReply, file: { filename: string; mediaType: string; content: Buffer }) {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-length', file.content.length)
    .send(file.content);
}
