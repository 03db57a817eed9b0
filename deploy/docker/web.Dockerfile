# syntax=docker/dockerfile:1.7
# MedDoc web UI image (med-doc-frontend): the Vite build served by unprivileged nginx on 8080.
#   docker build -f deploy/docker/web.Dockerfile -t med-doc-frontend:local .
# The UI calls the API on its own origin (/api); the Ingress (or, with compose, the proxy
# snippet mounted into /etc/nginx/meddoc.d/) routes those paths to the API.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY deploy/docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /src/web/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/health || exit 1
# nginx itself, without the image's entrypoint scripts (they rewrite config files, which a
# read-only root filesystem forbids).
ENTRYPOINT ["nginx", "-g", "daemon off;"]
