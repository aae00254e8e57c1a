import type { RoleCode, User } from '../api/types';

/** Russian titles of the roles (SPEC §1). */
export const kRoleTitles: Record<RoleCode, string> = {
  'regional-admin': 'Региональный оператор',
  'municipal-coordinator': 'Муниципальный координатор',
  'org-admin': 'Администратор ОО',
  'pool-member': 'Член методического актива',
  mentor: 'Наставник',
  expert: 'Эксперт',
  teacher: 'Педагог',
};

/** The Russian title of a role, or its code when unknown. */
export function RoleTitle(role: string | null | undefined): string {
  if (!role) return '—';
  return (kRoleTitles as Record<string, string>)[role] ?? role;
}

/** Whether the user holds any of the roles (in any scope). */
export function HasRole(user: User | null, ...roles: RoleCode[]): boolean {
  return !!user && user.grants.some((g) => roles.includes(g.role));
}

/** Who may read the audit log: the regional operator and municipal coordinators. */
export function CanReadAudit(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator');
}

/** Who may add, import and delete organisations (the server still checks the territory). */
export function CanManageOrganisations(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator');
}

/** Who may edit an organisation's card (a school's administrator edits their own). */
export function CanEditOrganisations(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin');
}

/** Who reads the organisation registry at all (a teacher's scope reaches no organisation). */
export function CanReadOrganisations(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin', 'pool-member', 'mentor', 'expert');
}

/**
 * Who may add, edit and delete methodological structures: the regional operator (regional level),
 * coordinators (municipal) and school administrators (institutional); the server decides per level.
 */
export function CanManageStructures(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin');
}

/** Who may add municipalities and edit their kind and form of methodological service. */
export function CanManageMunicipalities(user: User | null): boolean {
  return HasRole(user, 'regional-admin');
}

/** The roles that register documents and attach files (each within its own territory or organisation). */
export const kDocumentWriters: readonly RoleCode[] = ['regional-admin', 'municipal-coordinator', 'org-admin'];

/** Who may register documents at all (the server still checks where). */
export function CanRegisterDocuments(user: User | null): boolean {
  return HasRole(user, ...kDocumentWriters);
}

/** Who reads the people registry (each within the own region, municipality or organisation). */
export function CanReadPeople(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin');
}

/** Who adds, edits, imports and deletes persons (the server still checks the scope). */
export function CanManagePeople(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin');
}

/** Who has an own profile in the people registry. */
export function HasOwnProfile(user: User | null): boolean {
  return HasRole(user, 'teacher') || !!user?.person_id;
}

/** Who checks candidate lists for a methodist pool: those who nominate (regional operator, coordinators, schools). */
export function CanScreenPoolCandidates(user: User | null): boolean {
  return HasRole(user, 'regional-admin', 'municipal-coordinator', 'org-admin');
}
