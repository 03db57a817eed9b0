import { vi } from 'vitest';

// A hand-written fake of the MedDoc API for component tests: it answers both fetch and
// XMLHttpRequest (used for uploads, to report progress) from one table of routes.

export interface FakeRequest {
  method: string;
  url: URL;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  json?: unknown;
  text?: string;
  contentType?: string;
}

export type FakeHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/** Routes keyed "METHOD /path" (path without the query string). */
export type FakeRoutes = Record<string, FakeHandler | FakeResponse>;

/** A problem shaped as the API answers it: type urn:meddoc:problem:KIND. */
export function problem(status: number, title: string, detail: string, kind = `http_${status}`): FakeResponse {
  return {
    status,
    json: { type: `urn:meddoc:problem:${kind}`, title, status, detail },
    contentType: 'application/problem+json',
  };
}

function bodyOf(response: FakeResponse): { body: string; contentType: string } {
  if (response.json !== undefined) {
    return { body: JSON.stringify(response.json), contentType: response.contentType ?? 'application/json' };
  }
  return { body: response.text ?? '', contentType: response.contentType ?? 'text/plain; charset=utf-8' };
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body ?? null;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

export function installFakeApi(routes: FakeRoutes) {
  const requests: FakeRequest[] = [];

  async function answer(method: string, rawUrl: string, body: unknown): Promise<FakeResponse> {
    const url = new URL(rawUrl, 'http://127.0.0.1');
    const request: FakeRequest = { method, url, body: parseBody(body) };
    requests.push(request);
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return problem(404, 'Not Found', `No fake route for ${method} ${url.pathname}`);
    return typeof route === 'function' ? route(request) : route;
  }

  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await answer(init?.method ?? 'GET', url, init?.body);
    const { body, contentType } = bodyOf(response);
    return new Response(response.status === 204 ? null : body, {
      status: response.status,
      headers: { 'Content-Type': contentType },
    });
  });

  class FakeXMLHttpRequest {
    upload: { onprogress: ((event: ProgressEvent) => void) | null; onload: (() => void) | null } = {
      onprogress: null,
      onload: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    statusText = '';
    responseText = '';
    private method = 'GET';
    private url = '';
    private responseContentType = '';

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader() {}

    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? this.responseContentType : null;
    }

    abort() {
      this.onabort?.();
    }

    send(body: unknown) {
      void (async () => {
        const size = typeof body === 'string' ? body.length : 100;
        this.upload.onprogress?.({ lengthComputable: true, loaded: size / 2, total: size } as ProgressEvent);
        this.upload.onload?.();
        const response = await answer(this.method, this.url, body);
        const { body: text, contentType } = bodyOf(response);
        this.status = response.status;
        this.responseText = text;
        this.responseContentType = contentType;
        this.onload?.();
      })();
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
  return { requests };
}

/** A promise and its resolver, to hold a fake answer back while a test looks at the pending state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
