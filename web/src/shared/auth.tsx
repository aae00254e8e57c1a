import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Api, OnUnauthorized, SetCsrfToken } from '../api/client';
import type { Session, User } from '../api/types';

interface AuthState {
  /** The logged-in user; null when nobody is logged in. */
  user: User | null;
  /** True until the first /auth/me answer arrives. */
  loading: boolean;
  /** Logs in; throws ApiError (invalid_credentials, throttled…). */
  login: (login: string, password: string) => Promise<User>;
  /** Ends the session on the server and forgets the user. */
  logout: () => Promise<void>;
  /** True after a deliberate logout (the personal area then leads home, not to the login form). */
  signed_out: boolean;
}

const AuthContext = createContext<AuthState | null>(null);

/** Keeps the session: asks /auth/me once, stores the CSRF token, reacts to 401 anywhere. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [signed_out, setSignedOut] = useState(false);
  // Whether a session is believed to be open; a 401 that arrives after logout (a request sent just before)
  // must not send the visitor to the login page.
  const session_open = useRef(false);
  const navigate = useNavigate();

  useEffect(() => {
    let cancelled = false;
    Api<Session>('/auth/me', { allow_unauthorized: true })
      .then((info) => {
        if (cancelled) return;
        SetCsrfToken(info.csrf_token);
        session_open.current = true;
        setUser(info.user);
      })
      .catch(() => {
        // 401 simply means nobody is logged in; a network failure leaves the visitor on public pages.
        if (!cancelled) setUser(null);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    OnUnauthorized(() => {
      if (!session_open.current) return;
      session_open.current = false;
      SetCsrfToken('');
      setUser(null);
      if (!window.location.pathname.startsWith('/login')) {
        const next = window.location.pathname + window.location.search;
        navigate(`/login?next=${encodeURIComponent(next)}&expired=1`, { replace: true });
      }
    });
    return () => OnUnauthorized(null);
  }, [navigate]);

  const login = useCallback(async (login_name: string, password: string) => {
    const info = await Api<Session>('/auth/login', {
      method: 'POST',
      json: { login: login_name, password },
      allow_unauthorized: true,
    });
    SetCsrfToken(info.csrf_token);
    session_open.current = true;
    setSignedOut(false);
    setUser(info.user);
    return info.user;
  }, []);

  const logout = useCallback(async () => {
    session_open.current = false;
    try {
      await Api<void>('/auth/logout', { method: 'POST', allow_unauthorized: true });
    } finally {
      SetCsrfToken('');
      setSignedOut(true);
      setUser(null);
    }
  }, []);

  const value = useMemo(
    () => ({ user, loading, login, logout, signed_out }),
    [user, loading, login, logout, signed_out],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session state; only inside AuthProvider. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
