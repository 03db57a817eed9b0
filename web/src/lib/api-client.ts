import { env } from '@/config/env';
import { authorizationHeaders, reportUnauthorized } from '@/lib/access-token';
import type { ProblemDetails } from '@/types/api';

/** An HTTP error answered by the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail || problem.title || `The request failed with status ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The request never got an answer (server down, connection refused, aborted). */
export class NetworkError extends Error {
  constructor(message = 'Could not reach the MedDoc API. Check that the server is running.') {
    super(message);
    this.name = 'NetworkError';
  }
}

/** A message fit to show a person: the problem's detail when the API gave one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export function apiUrl(path: string): string {
  return `${env.API_BASE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

function toProblem(status: number, statusText: string, contentType: string | null, body: string): ProblemDetails {
  if (body && contentType?.includes('json')) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed && typeof parsed === 'object') return parsed as ProblemDetails;
    } catch {
      // Not JSON after all: fall through to a generic problem.
    }
  }
  return { status, title: statusText || `HTTP ${status}` };
}

/** Builds the error for a refused request; a 401 also tells the sign-in, which signs in again. */
function refused(status: number, problem: ProblemDetails): ApiError {
  if (status === 401) reportUnauthorized(problem.detail || problem.title || 'The sign-in is no longer valid.');
  return new ApiError(status, problem);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  signal?: AbortSignal;
  extraHeaders?: Record<string, string>;
}

async function send(path: string, { method = 'GET', json, signal, extraHeaders }: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...authorizationHeaders(),
    ...extraHeaders,
  };
  let body: string | undefined;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { method, headers, body, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw refused(
      response.status,
      toProblem(response.status, response.statusText, response.headers.get('Content-Type'), text),
    );
  }
  return response;
}

/** The one HTTP client of the UI: JSON in, JSON out, problems turned into ApiError. */
export const apiClient = {
  async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await send(path, { signal });
    return (await response.json()) as T;
  },
  async getText(path: string, signal?: AbortSignal): Promise<string> {
    const response = await send(path, { signal });
    return response.text();
  },
  async getBlob(path: string, signal?: AbortSignal): Promise<Blob> {
    const response = await send(path, { signal });
    return response.blob();
  },
  async post<T>(path: string, json: unknown, signal?: AbortSignal): Promise<T> {
    const response = await send(path, { method: 'POST', json, signal });
    return (await response.json()) as T;
  },
  async put<T>(path: string, json: unknown, extraHeaders?: Record<string, string>, signal?: AbortSignal): Promise<T> {
    const response = await send(path, { method: 'PUT', json, signal, extraHeaders });
    return (await response.json()) as T;
  },
  async delete(path: string, signal?: AbortSignal): Promise<void> {
    await send(path, { method: 'DELETE', signal });
  },
};

export interface UploadProgress {
  /** Bytes sent so far over bytes to send, 0..1; 1 once the body is sent and the server is analysing. */
  fraction: number;
  phase: 'uploading' | 'analysing';
}

/**
 * POSTs a multipart form or a JSON body with upload progress (fetch cannot report it, XHR can).
 * Resolves with the parsed JSON answer, rejects with ApiError or NetworkError.
 */
export function uploadWithProgress<T>(
  path: string,
  body: FormData | object,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(authorizationHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress({ fraction: Math.min(1, event.loaded / event.total), phase: 'uploading' });
      }
    };
    xhr.upload.onload = () => onProgress({ fraction: 1, phase: 'analysing' });
    xhr.onload = () => {
      const text = xhr.responseText;
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(text) as T);
        } catch {
          reject(new ApiError(xhr.status, { title: 'The server answered with something that is not JSON.' }));
        }
        return;
      }
      reject(refused(xhr.status, toProblem(xhr.status, xhr.statusText, xhr.getResponseHeader('Content-Type'), text)));
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    onProgress({ fraction: 0, phase: 'uploading' });
    if (body instanceof FormData) {
      xhr.send(body);
    } else {
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.send(JSON.stringify(body));
    }
  });
}
