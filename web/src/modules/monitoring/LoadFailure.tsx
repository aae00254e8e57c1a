import { Alert, Button } from 'antd';
import { Link } from 'react-router-dom';

/** What a page shows when its data did not load: «not found» for 403/404 (the scope hides it), else the error. */
export function LoadFailure({ what, error, onRetry }: { what: string; error: { text: string; missing: boolean }; onRetry?: () => void }) {
  return (
    <Alert
      type={error.missing ? 'warning' : 'error'}
      showIcon
      data-testid="load-failure"
      message={error.missing ? `${what}: не найдено или недоступно` : `Не удалось загрузить: ${what.toLowerCase()}`}
      description={error.missing ? 'Запись не существует или относится к территории, к которой у вас нет доступа.' : error.text}
      action={
        error.missing ? (
          <Link to="/app/monitoring">К списку кампаний</Link>
        ) : onRetry ? (
          <Button size="small" onClick={onRetry}>
            Повторить
          </Button>
        ) : undefined
      }
    />
  );
}
