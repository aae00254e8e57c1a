import { ApiFetch, type RequestOptions } from '../api/client';

function FileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      return fallback;
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Fetches a file from the API (so errors arrive as Russian messages, not as a broken download) and hands
 * it to the browser under the server's file name.
 */
export async function DownloadFile(path: string, fallback_name: string, query?: RequestOptions['query']): Promise<void> {
  const response = await ApiFetch(path, { query, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = FileNameOf(response.headers.get('Content-Disposition'), fallback_name);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
