import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { users } from './schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

export async function createUserAccount(
  tx: Db,
  input: { email: string; displayName: string; passwordHash: string | null; mustChangePassword: boolean; taxCode?: string | null; isDemo?: boolean },
): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning();
  return row!;
}
