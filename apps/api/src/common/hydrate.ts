import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Builds an entity from a row that SQL serialised with `to_jsonb(alias)` (column names as keys),
 * through TypeORM's own metadata and value hydration, so it equals what a repository would
 * have loaded. Lets one statement return related rows (e.g. the members on a page of search
 * results) that then prime the request's DataLoaders instead of costing a query each.
 * Columns missing from `raw` (left out on purpose, like password hashes) stay undefined.
 */
export function hydrateEntity<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  raw: Record<string, unknown>,
): T {
  const { driver } = dataSource;
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in raw)) continue;
    let value = raw[column.databaseName];
    // JSON carries timestamps as text; pg would have parsed them (aliases like timestamptz
    // are not converted by prepareHydratedValue)
    if (typeof value === 'string' && driver.normalizeType(column).startsWith('timestamp')) {
      value = new Date(value);
    }
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}
