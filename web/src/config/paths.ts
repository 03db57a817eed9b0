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
  evaluation: {
    path: '/evaluation',
    getHref: () => '/evaluation',
  },
} as const;
