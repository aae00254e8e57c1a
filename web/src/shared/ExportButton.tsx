import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { RequestOptions } from '../api/client';
import { DownloadFile } from './download';
import { useErrorHandler } from './errors';

/** «Экспорт в Excel» for a list: downloads the server's XLSX of the same filters (the export is audited). */
export function ExportButton({ path, file_name, query }: { path: string; file_name: string; query?: RequestOptions['query'] }) {
  const [busy, setBusy] = useState(false);
  const handle = useErrorHandler();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await DownloadFile(path, file_name, query);
        } catch (e) {
          handle(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      Экспорт в Excel
    </Button>
  );
}
