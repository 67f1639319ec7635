import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { districts } from '../schema';

export async function districtExists(db: Db, id: string): Promise<boolean> {
  const rows = await db.select({ id: districts.id }).from(districts).where(eq(districts.id, id));
  return rows.length > 0;
}
