/** Small JSON-over-fetch client for a running API process. */
export function apiClient(baseUrl: string, token?: string) {
  const headers = (extra: Record<string, string> = {}) => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  const call = async <T>(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: headers(extra),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  return {
    get: <T>(path: string, extra?: Record<string, string>) => call<T>('GET', path, undefined, extra),
    post: <T>(path: string, body: unknown, extra?: Record<string, string>) => call<T>('POST', path, body, extra),
  };
}

export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const { accessToken } = await apiClient(baseUrl).post<{ accessToken: string }>('/api/v1/auth/token', { username, password });
  return accessToken;
}
