/**
 * One rejected row (CSV line, or feature number for GeoJSON) of an import file.
 * Both languages are kept so the route can answer in the caller's locale without re-parsing.
 */
export type ImportRowError = { line: number; field: string; message: string; messageIt: string };
