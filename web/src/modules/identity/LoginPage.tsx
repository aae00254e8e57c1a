import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { ErrorText } from '../../shared/errors';
import { PageLoading, useDocumentTitle } from '../../shared/page';

interface LoginForm {
  login: string;
  password: string;
}

// Only addresses inside the personal area are followed after login, never another site.
function SafeNext(next: string | null): string {
  return next && next.startsWith('/app') ? next : '/app';
}

/** The login form. */
export default function LoginPage() {
  useDocumentTitle('Вход');
  const { user, loading, login } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const next = SafeNext(params.get('next'));

  if (loading) return <PageLoading />;
  if (user) return <Navigate to={next} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError('');
    try {
      await login(values.login.trim(), values.password);
      navigate(next, { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_credentials') setError('Неверный логин или пароль');
      else if (e instanceof ApiError && e.status === 429)
        setError(e.message || 'Слишком много неудачных попыток входа. Подождите несколько минут и попробуйте снова.');
      else setError(ErrorText(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card className="login-card">
      <Typography.Title level={2}>Вход в Методсеть</Typography.Title>
      {params.get('expired') ? (
        <Alert type="info" showIcon message="Сеанс завершён. Войдите снова." style={{ marginBottom: 16 }} />
      ) : null}
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" />
      ) : null}
      <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={submitting}>
        <Form.Item label="Логин" name="login" rules={[{ required: true, whitespace: true, message: 'Введите логин' }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="Пароль" name="password" rules={[{ required: true, message: 'Введите пароль' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          Войти
        </Button>
      </Form>
    </Card>
  );
}
