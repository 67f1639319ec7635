import type { Db } from '../db/database';
import { notifications } from './schema';

export type NewNotification = {
  userId: string;
  kind: string;
  messageKey: string;
  params?: Record<string, string | number>;
  link?: string | null;
};

/** Queues messages inside the caller's transaction, so an alert exists exactly when the act it reports does. */
export async function notify(tx: Db, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await tx.insert(notifications).values(items.map((n) => ({ ...n, params: n.params ?? {}, link: n.link ?? null })));
}
