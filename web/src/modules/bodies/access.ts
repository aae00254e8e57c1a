import type { User } from '../../api/types';
import { HasRole } from '../../shared/roles';

/**
 * Who keeps bodies (creates them, changes members, holds sessions) and sees the compliance dashboard: the
 * regional operator, municipal coordinators and school administrators, each within the own territory.
 */
export function CanKeepBodies(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin');
}

/**
 * Who opens the section at all: keepers, and everyone signed in to read the bodies they sit on and to apply
 * to an association (docs/api/BODIES.md).
 */
export function CanOpenBodies(user: User | null): boolean {
  return !!user;
}
