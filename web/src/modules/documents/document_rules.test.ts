import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Municipality, User } from '../../api/types.ts';
import { PlaceFields, PlaceOptions, PlaceText } from './document_rules.ts';

const kMunicipalities: Municipality[] = [
  { id: 1, region_id: 1, name: 'г. Благовещенск', kind: 'urban_okrug', organisation_count: 3 },
  { id: 2, region_id: 1, name: 'г. Белогорск', kind: 'urban_okrug', organisation_count: 2 },
  { id: 9, region_id: 2, name: 'Чужой район', kind: 'municipal_district', organisation_count: 1 },
];

function UserWith(...grants: User['grants']): User {
  return { id: 1, login: 'u', display_name: 'U', grants };
}

test('a coordinator registers documents of the own municipality only', () => {
  const coord = UserWith({ role: 'municipal-coordinator', scope: 'municipality:1', scope_title: 'г. Благовещенск' });
  assert.deepEqual(PlaceOptions(coord, kMunicipalities), [{ value: 'municipality:1', label: 'г. Благовещенск' }]);
});

test('a regional operator chooses the regional level or a municipality of the region', () => {
  const admin = UserWith({ role: 'regional-admin', scope: 'region:1', scope_title: 'Амурская область' });
  assert.deepEqual(
    PlaceOptions(admin, kMunicipalities).map((o) => o.value),
    ['region:1', 'municipality:1', 'municipality:2'],
  );
  assert.equal(PlaceOptions(admin, kMunicipalities)[0].label, 'Региональный уровень (Амурская область)');
});

test('roles that do not register documents offer no place', () => {
  const teacher = UserWith({ role: 'pool-member', scope: 'municipality:1', scope_title: 'г. Благовещенск' });
  assert.deepEqual(PlaceOptions(teacher, kMunicipalities), []);
  assert.deepEqual(PlaceOptions(null, kMunicipalities), []);
});

test('a place becomes the matching territory field of the request', () => {
  assert.deepEqual(PlaceFields('region:1'), { region_id: 1 });
  assert.deepEqual(PlaceFields('municipality:7'), { municipality_id: 7 });
  assert.deepEqual(PlaceFields('organisation:12'), { organisation_id: 12 });
  assert.deepEqual(PlaceFields(undefined), {});
  assert.deepEqual(PlaceFields('municipality:x'), {});
});

test('a card names where the document belongs', () => {
  assert.equal(PlaceText({ municipality_id: 2, organisation_id: null }, kMunicipalities), 'г. Белогорск');
  assert.equal(PlaceText({ municipality_id: 1, organisation_id: 5 }, kMunicipalities), 'Документ организации (г. Благовещенск)');
  assert.equal(PlaceText({ municipality_id: null, organisation_id: null }, kMunicipalities), 'Региональный уровень');
  assert.equal(PlaceText({}, kMunicipalities), 'Региональный уровень');
});
