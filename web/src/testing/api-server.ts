import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

import type { ProblemDetails } from '@/types/api';

// Component tests answer the UI's HTTP calls with Mock Service Worker: the real fetch and
// XMLHttpRequest run and msw intercepts them at the network layer. setup-tests.ts starts the server,
// fails a test on any request it has no handler for, and removes a test's handlers after it.

export const server = setupServer();

/** A request the UI sent, as a test inspects it: JSON and multipart bodies are parsed. */
export interface SentRequest {
  method: string;
  url: URL;
  body: unknown;
  /** The request's headers (Authorization among them when the UI signed in). */
  headers: Headers;
}

export interface MockResponse {
  status: number;
  json?: unknown;
  text?: string;
  contentType?: string;
}

export type MockHandler = (request: SentRequest) => MockResponse | Promise<MockResponse>;

/** Answers keyed "METHOD /api/path" (path without the query string). */
export type MockRoutes = Record<string, MockHandler | MockResponse>;

/** A problem exactly as the API answers it (src/MedDoc.Api/Infrastructure/ApiProblems.cs): type urn:meddoc:problem:KIND. */
export function problem(status: number, kind: string, title: string, detail: string): MockResponse {
  const body: ProblemDetails = { type: `urn:meddoc:problem:${kind}`, title, status, detail };
  return { status, json: body, contentType: 'application/problem+json' };
}

async function bodyOf(request: Request): Promise<unknown> {
  const type = request.headers.get('Content-Type') ?? '';
  if (request.method === 'GET' || request.method === 'DELETE') return null;
  if (type.startsWith('multipart/form-data')) return request.formData();
  const text = await request.text();
  if (!type.includes('json')) return text;
  return JSON.parse(text) as unknown;
}

function toResponse(answer: MockResponse): Response {
  if (answer.status === 204) return new HttpResponse(null, { status: 204 });
  if (answer.json !== undefined) {
    return HttpResponse.json(answer.json, {
      status: answer.status,
      headers: { 'Content-Type': answer.contentType ?? 'application/json' },
    });
  }
  return new HttpResponse(answer.text ?? '', {
    status: answer.status,
    headers: { 'Content-Type': answer.contentType ?? 'text/plain; charset=utf-8' },
  });
}

/** Installs one msw handler per route for the current test and records every request the UI sent to the API. */
export function mockApi(routes: MockRoutes) {
  const requests: SentRequest[] = [];
  const handlers = Object.entries(routes).map(([key, route]) => {
    const [method = 'GET', path = '/'] = key.split(' ');
    return http.all(path, async ({ request }) => {
      if (request.method !== method) return undefined;
      const sent: SentRequest = {
        method: request.method,
        url: new URL(request.url),
        body: await bodyOf(request.clone()),
        headers: request.headers,
      };
      requests.push(sent);
      return toResponse(typeof route === 'function' ? await route(sent) : route);
    });
  });
  server.use(
    ...handlers,
    http.all('/api/*', async ({ request }) => {
      requests.push({
        method: request.method,
        url: new URL(request.url),
        body: await bodyOf(request.clone()),
        headers: request.headers,
      });
      return toResponse(
        problem(
          404,
          'not_found',
          'Not Found',
          `No mocked route for ${request.method} ${new URL(request.url).pathname}`,
        ),
      );
    }),
  );
  return { requests };
}

/** A promise and its resolver, to hold an answer back while a test looks at the pending state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
