import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';

/** The Russian text to show for any thrown value. */
export function ErrorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Непредвиденная ошибка. Повторите попытку или обратитесь к администратору.';
}

/**
 * Returns a handler that shows an API error: under the matching form field when the server named one
 * (and the form has it), and always as a toast so nothing is missed off-screen.
 */
export function useErrorHandler(): (error: unknown, form?: FormInstance, known_fields?: string[]) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance, known_fields?: string[]) => {
      // 401 already sends the user to the login page; a toast on top would only confuse.
      if (error instanceof ApiError && error.status === 401) return;
      if (error instanceof ApiError && error.field && form && (!known_fields || known_fields.includes(error.field))) {
        form.setFields([{ name: error.field, errors: [error.message] }]);
        form.scrollToField(error.field);
      }
      void message.error(ErrorText(error));
    },
    [message],
  );
}
