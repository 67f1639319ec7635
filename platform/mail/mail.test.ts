import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMailTransports, mailErrorReason, MailNotConfigured, sendMail } from './mail';

const raws: Buffer[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        raws.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  closeMailTransports();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('sendMail', () => {
  it('throws MailNotConfigured without an SMTP address', async () => {
    const error = await sendMail({ mail: { smtpUrl: undefined, from: 'x@y.it' } }, { to: 'a@b.it', subject: 's', text: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailNotConfigured);
    expect(mailErrorReason(error)).toBe('not configured');
  });

  it('sends from the configured sender with attachments', async () => {
    const config = { mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Crocevia <noreply@crocevia.localhost>' } };
    const result = await sendMail(config, {
      to: 'persona@esempio.it',
      subject: 'Oggetto è',
      text: 'Testo però',
      html: '<p>Testo però</p>',
      attachments: [{ filename: 'invito.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar; method=REQUEST' }],
    });
    expect(result.accepted).toEqual(['persona@esempio.it']);
    const mail = await simpleParser(raws.at(-1)!);
    expect(mail.from?.value[0]?.address).toBe('noreply@crocevia.localhost');
    expect(mail.subject).toBe('Oggetto è');
    expect(mail.text?.trim()).toBe('Testo però');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['invito.ics', 'text/calendar']]);
  });

  it('reports a transport failure as a short reason', async () => {
    const error = await sendMail({ mail: { smtpUrl: 'smtp://127.0.0.1:1', from: 'x@y.it' } }, { to: 'a@b.it', subject: 's', text: 't' }).catch((e: unknown) => e);
    expect(mailErrorReason(error)).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
  });
});
