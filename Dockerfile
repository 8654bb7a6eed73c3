# The API only; Neo4j runs as its own container (docker-compose.yml) and is reached by NEO4J_URI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json codegen.yml ./
COPY schema ./schema
COPY src ./src
COPY bin ./bin
# GraphiQL opens with the example queries of docs/ in its tabs.
COPY docs ./docs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# FASCIA_DATA_DIR is the one writable place: a volume owned by the unprivileged user the service
# runs as; everything under /app stays root-owned and read-only to it.
ENV NODE_ENV=production HOST=0.0.0.0 FASCIA_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The CLI: `docker compose exec api node bin/fascia.js token --role curator` (it runs dist/ as built).
COPY bin ./bin
COPY schema ./schema
COPY seed ./seed
COPY .env ./
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
# Ready means Neo4j answers and start-up work (migrations, first seed, warm-up) is done.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/main.js"]
