import { Tag } from 'antd';
import { kStatusTitles } from './person_rules';
import type { PersonStatus } from './types';

/** The derived statuses of a person as coloured tags. */
export function StatusTags({ statuses }: { statuses: PersonStatus[] }) {
  return (
    <>
      {statuses.map((s) => (
        <Tag key={s} color={kStatusTitles[s]?.color} data-testid={`status-${s}`}>
          {kStatusTitles[s]?.title ?? s}
        </Tag>
      ))}
    </>
  );
}
