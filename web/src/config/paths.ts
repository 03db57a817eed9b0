export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  document: {
    path: '/documents/:documentId',
    getHref: (id: string) => `/documents/${encodeURIComponent(id)}`,
  },
  history: {
    path: '/history',
    getHref: (page = 1) => (page > 1 ? `/history?page=${page}` : '/history'),
  },
  batches: {
    path: '/batches',
    getHref: (page = 1) => (page > 1 ? `/batches?page=${page}` : '/batches'),
  },
  batch: {
    path: '/batches/:batchId',
    getHref: (id: string) => `/batches/${encodeURIComponent(id)}`,
  },
  evaluation: {
    path: '/evaluation',
    getHref: () => '/evaluation',
  },
} as const;
