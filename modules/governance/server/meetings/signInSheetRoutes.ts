import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { governancePermissions as P } from '../access';
import { expectedMembers } from './attendance';
import { loadMeetingFor } from './load';
import { checkInUrl } from './presenters';
import { signInSheetPdf } from './signInSheetPdf';
import { localDate } from './zonedTime';

const idParams = z.object({ id: z.uuid() });

export const signInSheetRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id/sign-in-sheet.pdf',
    access: P['governance.manage'],
    summary: 'Printable A4 sign-in sheet: one line per expected member and the QR code of self check-in',
    params: idParams,
    rawReply: true,
    handler: async ({ db, actor, params, locale, config, reply }) => {
      const { meeting, table } = await loadMeetingFor(db, actor, params.id, 'manage');
      const expected = await expectedMembers(db, meeting);
      const pdf = await signInSheetPdf(
        {
          tableName: table.name,
          title: meeting.title,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          place: meeting.place,
          onlineUrl: meeting.onlineUrl,
          checkInUrl: checkInUrl(config.publicUrl, meeting.checkInToken),
          rows: expected.map((m) => ({ organizationName: m.organizationName, personName: m.personName })),
        },
        locale,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="foglio-firme-${localDate(meeting.startsAt)}.pdf"`)
        .header('cache-control', 'private, no-store')
        .header('content-length', pdf.length)
        .send(pdf);
    },
  }),
];
