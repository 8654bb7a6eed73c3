# The API only; Neo4j runs as its own container (docker-compose.yml) and is reached by NEO4J_URI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json codegen.yml ./
COPY schema ./schema
COPY src ./src
# GraphiQL opens with the example queries of docs/ in its tabs.
COPY docs ./docs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seed ./seed
COPY .env ./
USER node
EXPOSE 4000
CMD ["node", "dist/main.js"]
