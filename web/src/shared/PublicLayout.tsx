import { Button, Layout } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from './auth';
import { PageLoading } from './page';

/** The Методсеть mark (inline SVG: no external images). */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#1f4e8c" />
      <path d="M7 24V9l9 8 9-8v15" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
    </svg>
  );
}

/** The frame of public pages: brand and the way into the personal area. */
export function PublicLayout() {
  const { user, loading } = useAuth();
  const navigate = useNavigate();
  return (
    <Layout className="public-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="app-header__brand">
          <Logo />
          <span>Методсеть</span>
        </Link>
        {loading ? null : user ? (
          <Button type="primary" onClick={() => navigate('/app')}>
            Перейти в кабинет
          </Button>
        ) : (
          <Button type="primary" onClick={() => navigate('/login')}>
            Войти
          </Button>
        )}
      </Layout.Header>
      <Layout.Content className="public-content">
        <main>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </main>
      </Layout.Content>
      <Layout.Footer className="public-footer">
        Методсеть — региональная система научно-методического сопровождения педагогических работников и
        управленческих кадров
      </Layout.Footer>
    </Layout>
  );
}
