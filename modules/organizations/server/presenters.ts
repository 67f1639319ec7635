import type { helpDesks, services } from './schema';

export const presentService = (r: typeof services.$inferSelect) => ({
  id: r.id,
  organizationId: r.organizationId,
  name: r.name,
  description: r.description,
  email: r.email,
  phone: r.phone,
});

export const presentHelpDesk = ({ archivedAt: _a, createdAt: _c, ...r }: typeof helpDesks.$inferSelect) => r;
