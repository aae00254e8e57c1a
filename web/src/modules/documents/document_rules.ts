import type { DocumentInput, DocumentRecord, Municipality, User } from '../../api/types';
import { kDocumentWriters } from '../../shared/roles';

/** Where a new document can be registered: a choice of the registration form. */
export interface PlaceOption {
  /** `region:N`, `municipality:N` or `organisation:N`, as the server writes a grant's scope. */
  value: string;
  label: string;
}

/**
 * The places the user may register documents in: the scopes of their writing roles; a regional operator
 * also picks any municipality of the region (the server places a document by its territory).
 */
export function PlaceOptions(user: User | null, municipalities: Municipality[]): PlaceOption[] {
  const options: PlaceOption[] = [];
  const Add = (option: PlaceOption) => {
    if (!options.some((o) => o.value === option.value)) options.push(option);
  };
  for (const grant of user?.grants ?? []) {
    if (!kDocumentWriters.includes(grant.role)) continue;
    const [kind, id] = grant.scope.split(':');
    if (kind === 'region') {
      Add({ value: grant.scope, label: `Региональный уровень${grant.scope_title ? ` (${grant.scope_title})` : ''}` });
      for (const m of municipalities) {
        if (String(m.region_id) === id) Add({ value: `municipality:${m.id}`, label: m.name });
      }
    } else if (kind === 'municipality' || kind === 'organisation') {
      Add({ value: grant.scope, label: grant.scope_title || grant.scope });
    }
  }
  return options;
}

/** The territory fields of the registration body for a chosen place. */
export function PlaceFields(place: string | undefined): Pick<DocumentInput, 'region_id' | 'municipality_id' | 'organisation_id'> {
  const [kind, text] = (place ?? '').split(':');
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) return {};
  if (kind === 'region') return { region_id: id };
  if (kind === 'municipality') return { municipality_id: id };
  if (kind === 'organisation') return { organisation_id: id };
  return {};
}

/** Where a registered document belongs, as a line of its card. */
export function PlaceText(d: Pick<DocumentRecord, 'municipality_id' | 'organisation_id'>, municipalities: Municipality[]): string {
  const municipality = municipalities.find((m) => m.id === d.municipality_id)?.name;
  if (d.organisation_id) return municipality ? `Документ организации (${municipality})` : 'Документ организации';
  if (d.municipality_id) return municipality ?? 'Муниципальный уровень';
  return 'Региональный уровень';
}
