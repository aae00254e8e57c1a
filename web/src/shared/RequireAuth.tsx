import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './auth';
import { PageLoading } from './page';

/** Renders its children for a logged-in user and sends anyone else to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading, signed_out } = useAuth();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (!user) {
    // After «Выйти» the visitor goes to the public home page; otherwise the session ended or never began.
    if (signed_out) return <Navigate to="/" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <>{children}</>;
}
