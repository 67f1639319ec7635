import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Badge, DataTable } from '../../../../../platform/web';
import { housingUnitsQuery, type HousingUnit } from '../../api/resources';

const column = createColumnHelper<HousingUnit>();

/** Social-housing units with their capacity and how many placements run today. */
export function HousingTab() {
  const { t } = useTranslation('casework');
  const [page, setPage] = useState(1);
  const units = useQuery(housingUnitsQuery(page));
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('resources.unitName'),
        cell: (c) => (
          <>
            {c.getValue()}
            {!c.row.original.active && (
              <>
                {' '}
                <Badge tone="secondary">{t('resources.inactive')}</Badge>
              </>
            )}
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('address', { header: () => t('person.address'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('organizationName', { header: () => t('resources.organization'), cell: (c) => c.getValue() ?? '—' }),
      column.display({
        id: 'occupancy',
        header: () => t('resources.occupancy'),
        cell: (c) => {
          const u = c.row.original;
          return (
            <>
              {t('resources.occupancyValue', { occupied: u.occupancy, capacity: u.capacity })}{' '}
              {u.occupancy >= u.capacity ? <Badge tone="warning">{t('resources.full')}</Badge> : <Badge tone="success">{t('resources.free', { count: u.capacity - u.occupancy })}</Badge>}
            </>
          );
        },
      }),
    ],
    [t],
  );
  return <DataTable caption={t('resources.housingCaption')} columns={columns} query={units} onPageChange={setPage} getRowId={(u) => u.id} emptyMessage={t('resources.housingEmpty')} />;
}
