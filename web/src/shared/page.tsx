import { Result, Spin, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** Sets the browser tab title for the current page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Методсеть` : 'Методсеть';
  }, [title]);
}

/** A page heading with optional actions on the right; also sets the tab title. */
export function PageHeader({ title, extra, subtitle }: { title: string; extra?: ReactNode; subtitle?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={2} className="page-header__title">
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? <div className="page-header__extra">{extra}</div> : null}
    </div>
  );
}

/** The placeholder shown while a lazily loaded page or its data arrives. */
export function PageLoading() {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="page-loading__text">Загрузка…</span>
    </div>
  );
}

/** The page for an unknown address. */
export function NotFoundPage({ home = '/' }: { home?: string }) {
  useDocumentTitle('Страница не найдена');
  return (
    <Result
      status="404"
      title="Страница не найдена"
      subTitle="Возможно, адрес набран с ошибкой или страница была удалена."
      extra={<Link to={home}>Вернуться на главную</Link>}
    />
  );
}
