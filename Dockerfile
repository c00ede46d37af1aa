# The kg API, for users who have Docker (see docker-compose.yml). These build
# tools compile better-sqlite3, the embedded store, which the image keeps as a
# fallback when NEO4J_URI is unset.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY scripts ./scripts
COPY web ./web
COPY bin ./bin
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

# The project's Stanford CoreNLP server (docker-compose service `nlp`; GPL-3.0,
# hence a container of its own): Java 17 and Maven beside Node. Maven fetches
# the model jars (~1.2 GB) into the /home/node/.m2 volume on the first start.
# The API image needs no Java: it reaches this one over HTTP (KG_NLP_URL).
FROM node:20-bookworm-slim AS nlp
RUN apt-get update \
  && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
  && rm -rf /var/lib/apt/lists/*
ENV KG_NLP_HOME=/var/lib/kg-nlp KG_NLP_CACHE=/var/lib/kg-nlp/runtime KG_NLP_BIND=0.0.0.0 KG_NLP_CDS=0
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY scripts/nlp/pom.xml scripts/nlp/Launcher.java ./scripts/nlp/
RUN mkdir -p /var/lib/kg-nlp /home/node/.m2 && chown node:node /var/lib/kg-nlp /home/node/.m2
USER node
EXPOSE 9000
HEALTHCHECK --interval=15s --timeout=3s --retries=8 --start-period=20m \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.KG_NLP_PORT||9000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/scripts/nlp/cli.js", "run"]

# The kg API (the default target).
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 KG_DATA_DIR=/data KG_SEED_DIR=/app/seed
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/cli/kg.js", "serve"]
