import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districtKinds } from '../contract';

export const regions = pgTable('territory_regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const provinces = pgTable('territory_provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  abbreviation: text('abbreviation'),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
});

/** GeoJSON geometry (Polygon or MultiPolygon, WGS84) as imported. */
export type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

export const municipalities = pgTable(
  'territory_municipalities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    istatCode: text('istat_code').notNull(),
    name: text('name').notNull(),
    nameOther: text('name_other'),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    cadastralCode: text('cadastral_code'),
    population2011: integer('population_2011'),
    boundary: jsonb('boundary').$type<Geometry>(),
    boundarySource: text('boundary_source'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('territory_municipalities_istat_key').on(t.istatCode), index('territory_municipalities_province_idx').on(t.provinceCode)],
);

export { districtKinds };

export const districts = pgTable(
  'territory_districts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: districtKinds }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    description: text('description'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('territory_districts_code_key').on(t.code)],
);

/** A municipality belongs to a district from validFrom until validTo (exclusive); history is never overwritten. */
export const districtMemberships = pgTable(
  'territory_district_memberships',
  {
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.municipalityId, t.validFrom] }), index('territory_district_memberships_municipality_idx').on(t.municipalityId)],
);
