// Who sees the monitoring pages (the server still checks every call: a coordinator reaches only her own
// municipality's form, the regional operator only her region's campaigns).
import type { User } from '../../api/types';
import { HasRole } from '../../shared/roles';

/** Who opens «Мониторинг ММС» at all: the regional operator (opens and reviews) and municipal coordinators (fill). */
export function CanUseMonitoring(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator');
}

/** Who opens campaigns, reviews forms, edits the recommendation library and sees the region's results. */
export function IsMonitoringReviewer(user: User | null): boolean {
  return HasRole(user, 'regional-admin');
}
