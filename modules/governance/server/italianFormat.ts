// Dates and times as Italians read them, in Italian time (minutes, their PDF, reminders and notices are Italian documents).
const dateFmt = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFmt = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' });

export const italianDate = (d: Date): string => dateFmt.format(d);
export const italianTime = (d: Date): string => timeFmt.format(d);
/** A calendar date `YYYY-MM-DD` as `DD/MM/YYYY`. */
export const italianDay = (day: string): string => day.split('-').reverse().join('/');
