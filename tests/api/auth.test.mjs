import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startServer } from './harness.mjs';

for (const backend of backends()) {
  describe(`identity on ${backend}`, () => {
    let server;
    before(async () => (server = await startServer({ backend })));
    after(async () => server?.stop());

    test('login sets an HttpOnly SameSite=Strict session cookie and /me returns roles with scope titles', async () => {
      const c = server.anonymous();
      const r = await c.login('coord', 'Demo-2026');
      assert.equal(r.status, 200);
      const cookie = r.headers.get('set-cookie');
      assert.match(cookie, /^metodset_session=[A-Za-z0-9_-]{43};/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.ok(r.json.csrf_token.length >= 32);
      const me = await c.get('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.json.user.login, 'coord');
      assert.deepEqual(me.json.user.grants.map((g) => [g.role, g.scope_title]), [['municipal-coordinator', 'г. Благовещенск']]);
    });

    test('an unknown login and a wrong password get the same answer', async () => {
      const unknown = await server.anonymous().login('nobody', 'whatever-123');
      const wrong = await server.anonymous().login('admin', 'whatever-123');
      assert.equal(unknown.status, 401);
      assert.equal(wrong.status, 401);
      assert.deepEqual(unknown.json, wrong.json);
      assert.equal(wrong.json.error.message, 'Неверный логин или пароль');
    });

    test('anonymous requests to non-public endpoints get 401, public ones answer', async () => {
      const a = server.anonymous();
      for (const path of ['/api/v1/auth/me', '/api/v1/organisations', '/api/v1/audit', '/api/v1/territory/tree']) {
        const r = await a.get(path);
        assert.equal(r.status, 401, path);
        assert.equal(r.json.error.code, 'unauthenticated');
      }
      assert.equal((await a.get('/healthz')).status, 200);
      const summary = await a.get('/api/v1/public/summary');
      assert.equal(summary.status, 200);
      assert.equal(summary.json.region.name, 'Амурская область');
      assert.equal(summary.json.municipalities, 29);
    });

    test('a state-changing request without the CSRF token is refused and audited', async () => {
      const coord = await server.as('coord');
      const body = { municipality_id: 1, name: 'Школа без токена', kind: 'school' };
      const r = await coord.request('POST', '/api/v1/organisations', body, { csrf: false });
      assert.equal(r.status, 403);
      assert.equal(r.json.error.code, 'csrf');
      const forged = await coord.request('POST', '/api/v1/organisations', body, { csrf: false, headers: { 'x-csrf-token': 'forged' } });
      assert.equal(forged.status, 403);
      const admin = await server.as('admin');
      const log = await admin.get('/api/v1/audit?action=csrf_rejected');
      assert.equal(log.status, 200);
      assert.ok(log.json.items.some((e) => e.actor_login === 'coord' && e.detail === 'POST /api/v1/organisations'));
      const list = await admin.get('/api/v1/organisations?q=' + encodeURIComponent('без токена'));
      assert.equal(list.json.total, 0, 'nothing was written');
    });

    test('twenty wrong passwords throttle the login, and both are in the audit log', async () => {
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await server.anonymous().login('expert', `wrong-${i}-pass`)).status);
      assert.ok(statuses.slice(0, 10).every((s) => s === 401), statuses.join(','));
      assert.equal(statuses.at(-1), 429);
      const blocked = await server.anonymous().login('expert', 'Demo-2026');
      assert.equal(blocked.status, 429, 'even the right password is refused while throttled');
      assert.equal(blocked.json.error.code, 'throttled');
      const admin = await server.as('admin');
      const failed = await admin.get('/api/v1/audit?action=login_failed&actor=expert&size=100');
      assert.equal(failed.json.total, 10);
      const throttled = await admin.get('/api/v1/audit?action=login_throttled&actor=expert');
      assert.ok(throttled.json.total >= 10);
      assert.equal(throttled.json.items[0].outcome, 'denied');
    });

    test('logout ends the session on the server, not only in the browser', async () => {
      const c = await server.as('school');
      const cookie = c.cookie;
      assert.equal((await c.request('POST', '/api/v1/auth/logout')).status, 204);
      const replay = server.anonymous();
      replay.cookie = cookie;
      assert.equal((await replay.get('/api/v1/auth/me')).status, 401);
    });

    test('errors are JSON with a Russian message, never a stack trace', async () => {
      const admin = await server.as('admin');
      const bad = await admin.request('POST', '/api/v1/organisations', Buffer.from('{"name": '), {
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.error.code, 'bad_json');
      assert.equal((await admin.get('/api/v1/organisations/abc')).status, 404);
      assert.equal((await admin.get('/api/v1/organisations?page=0')).json.error.field, 'page');
      const unknown = await admin.get('/api/v1/nothing-here');
      assert.equal(unknown.status, 404);
      assert.match(unknown.json.error.message, /[А-Яа-я]/);
    });

    test('security headers: a CSP without external origins', async () => {
      const r = await server.anonymous().get('/healthz');
      const csp = r.headers.get('content-security-policy');
      assert.match(csp, /default-src 'self'/);
      assert.doesNotMatch(csp, /https?:/);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('x-frame-options'), 'DENY');
    });
  });
}
