import { Button, Layout, Menu, Tag, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { CanOpenBodies } from '../modules/bodies/access';
import { useAuth } from './auth';
import { PageLoading } from './page';
import { CanReadAudit, CanReadOrganisations, CanReadPeople, CanScreenPoolCandidates, HasOwnProfile, RoleTitle } from './roles';
import { Logo } from './PublicLayout';
import { CanUseMonitoring } from '../modules/monitoring/access';

interface NavItem {
  key: string;
  label: string;
  visible: boolean;
}

/** The frame of every page behind login: header with the user and logout, side navigation, content. */
export function AppLayout() {
  const { user, logout } = useAuth();
  const location = useLocation();

  // Only modules that exist and that the user's roles may open are listed: no dead links.
  const nav: NavItem[] = useMemo(
    () => [
      { key: '/app/territory', label: 'Территория', visible: CanReadOrganisations(user) },
      { key: '/app/organisations', label: 'Организации', visible: CanReadOrganisations(user) },
      { key: '/app/structures', label: 'Структуры', visible: CanReadOrganisations(user) },
      { key: '/app/people', label: 'Педагоги', visible: CanReadPeople(user) },
      { key: '/app/mentoring', label: 'Наставничество', visible: CanReadPeople(user) },
      { key: '/app/pool/screen', label: 'Методический актив', visible: CanScreenPoolCandidates(user) },
      { key: '/app/bodies', label: 'Коллегиальные органы', visible: CanOpenBodies(user) },
      { key: '/app/monitoring', label: 'Мониторинг ММС', visible: CanUseMonitoring(user) },
      { key: '/app/profile', label: 'Мой профиль', visible: HasOwnProfile(user) },
      { key: '/app/documents', label: 'Документы', visible: !!user },
      { key: '/app/audit', label: 'Журнал аудита', visible: CanReadAudit(user) },
    ],
    [user],
  );
  const items: MenuProps['items'] = nav
    .filter((n) => n.visible)
    .map((n) => ({ key: n.key, label: <Link to={n.key}>{n.label}</Link> }));
  const selected = nav.find((n) => location.pathname.startsWith(n.key))?.key;

  // The guard of /app sends a deliberately signed-out visitor to the home page.
  const onLogout = () => logout();

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/app" className="app-header__brand" aria-label="Методсеть — начальная страница кабинета">
          <Logo />
          <span>Методсеть</span>
        </Link>
        <div className="app-header__user" data-testid="current-user">
          <div className="app-header__identity">
            <Typography.Text strong className="app-header__name">
              {user?.display_name || user?.login}
            </Typography.Text>
            <div className="app-header__roles">
              {user?.grants.map((g) => (
                <Tooltip key={`${g.role}:${g.scope}`} title={g.scope_title}>
                  <Tag className="app-header__role" color="blue">
                    {RoleTitle(g.role)}
                    {g.scope_title ? `: ${g.scope_title}` : ''}
                  </Tag>
                </Tooltip>
              ))}
            </div>
          </div>
          <Button onClick={onLogout}>Выйти</Button>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light" breakpoint="lg" collapsedWidth={0} className="app-sider">
          <nav aria-label="Разделы">
            <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content">
          <main>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
