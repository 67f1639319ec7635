import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config/config';

/** Outgoing e-mail, for any module. Platform code: it knows nothing of what the mail is about. */

export type MailAttachment = { filename: string; content: string | Buffer; contentType: string };

export type MailMessage = {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** An iCalendar object sent as the text/calendar alternative (calendar clients show accept/decline). */
  icalEvent?: { method: 'REQUEST' | 'PUBLISH' | 'CANCEL'; content: string; filename?: string };
};

export type MailResult = { messageId: string; accepted: string[]; rejected: string[] };

/** No SMTP_URL: nothing can be sent. Callers record it as the reason instead of failing. */
export class MailNotConfigured extends Error {
  readonly code = 'mail_not_configured';
  constructor() {
    super('not configured');
    this.name = 'MailNotConfigured';
  }
}

export const isMailConfigured = (config: Pick<Config, 'mail'>): boolean => !!config.mail.smtpUrl;

// One transport (with its connection settings) per SMTP address.
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Bounded waits: a dead mail server fails each send in seconds instead of holding the request for minutes.
    transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

const addresses = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((a) => (typeof a === 'string' ? a : ((a as { address?: string }).address ?? ''))).filter(Boolean) : [];

/** Sends one message from `config.mail.from`. Throws MailNotConfigured without SMTP, or the transport's error. */
export async function sendMail(config: Pick<Config, 'mail'>, message: MailMessage): Promise<MailResult> {
  const smtpUrl = config.mail.smtpUrl;
  if (!smtpUrl) throw new MailNotConfigured();
  const info = await transportFor(smtpUrl).sendMail({
    from: config.mail.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    ...(message.attachments ? { attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })) } : {}),
    ...(message.icalEvent ? { icalEvent: { method: message.icalEvent.method, content: message.icalEvent.content, filename: message.icalEvent.filename ?? 'invite.ics' } } : {}),
  });
  return { messageId: String(info.messageId ?? ''), accepted: addresses(info.accepted), rejected: addresses(info.rejected) };
}

/** A short, loggable reason of a failed send (never a stack trace). */
export function mailErrorReason(error: unknown): string {
  if (error instanceof MailNotConfigured) return 'not configured';
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [typeof e?.code === 'string' ? e.code : null, typeof e?.responseCode === 'number' ? String(e.responseCode) : null, typeof e?.message === 'string' ? e.message : null].filter(Boolean);
  return (parts.join(' ') || 'send failed').slice(0, 500);
}

/** Closes the cached transports (tests, shutdown). */
export function closeMailTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
