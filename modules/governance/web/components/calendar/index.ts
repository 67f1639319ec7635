// The calendar area's components that other areas embed (meeting page, table page).
export { CalendarFeedsPanel } from './CalendarFeedsPanel';
export { InvitationsPanel } from './InvitationsPanel';
export { TableFeedButton } from './TableFeedButton';
