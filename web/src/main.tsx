import { App as AntApp, ConfigProvider } from 'antd';
import ru_RU from 'antd/es/locale/ru_RU';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './routes';
import { AuthProvider } from './shared/auth';
import './shared/dates';
import './shared/styles.css';

// The system font stack: no web fonts are fetched, nothing leaves the installation.
const kFontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={ru_RU} theme={{ token: { fontFamily: kFontFamily, colorPrimary: '#1f4e8c', borderRadius: 4 } }}>
      <AntApp>
        <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
