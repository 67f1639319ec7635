import type { AnyRoute } from '../../../../platform/http/route';
import { agendaRoutes } from './agendaRoutes';
import { attendanceRoutes } from './attendanceRoutes';
import { checkInRoutes } from './checkInRoutes';
import { documentRoutes } from './documentRoutes';
import { meetingRoutes } from './meetingRoutes';
import { signInSheetRoutes } from './signInSheetRoutes';

export const meetingsRoutes: AnyRoute[] = [...meetingRoutes, ...agendaRoutes, ...documentRoutes, ...attendanceRoutes, ...signInSheetRoutes, ...checkInRoutes];
