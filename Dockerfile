# talkbot: built with Maven on JDK 17, run on a JRE 17 as a non-root user.
#   docker build -t talkbot .
#   docker run -d --name talkbot -e TELEGRAM_BOT_TOKEN=... -v talkbot-data:/app/data talkbot
# See docs/deploy.md.

# --- build ---------------------------------------------------------------------------------
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
# The dependencies first, in their own layer: rebuilt only when pom.xml changes. Best effort:
# go-offline misses a few plugin dependencies, which the package step below fetches anyway.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline || true
# config/talkbot.properties is packaged into the jar as the built-in defaults.
COPY config ./config
COPY src ./src
RUN mvn -B -DskipTests package

# --- run -----------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# A fixed uid, so a bind-mounted data directory can be given to it (chown 10001).
RUN groupadd --system --gid 10001 talkbot \
 && useradd --system --uid 10001 --gid talkbot --home-dir /app --no-create-home --shell /usr/sbin/nologin talkbot
WORKDIR /app
# The jar and config belong to root: the bot reads them and cannot change them. The corpus is the
# bot's: live news (talkbot add, feeds) and, on replicas, the shared corpus write articles into it.
COPY --from=build /src/target/talkbot.jar /app/talkbot.jar
COPY --chown=talkbot:talkbot corpus /app/corpus
COPY config /app/config
# The data directory (SQLite: subscriptions, posts, seen events; the search index in index/) is the only place it writes.
# Created and owned before VOLUME, so a new named volume starts with this owner.
RUN mkdir -p /app/data && chown talkbot:talkbot /app/data
ENV TALKBOT_CORPUS=/app/corpus \
    TALKBOT_DATA_DIR=/app/data \
    TALKBOT_CONFIG=/app/config/talkbot.properties
VOLUME ["/app/data"]
USER talkbot
# Slack in HTTP mode (SLACK_PORT); unused by Telegram and Slack Socket Mode.
EXPOSE 3000
# 'health' starts a small JVM that loads the settings and corpus, answers a summary request
# and checks that /app/data is writable and its store sound: exit 0 when the bot can run (see docs/deploy.md).
HEALTHCHECK --interval=60s --timeout=30s --start-period=30s --retries=3 \
    CMD ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "/app/talkbot.jar", "health"]
ENTRYPOINT ["java", "-jar", "/app/talkbot.jar"]
CMD ["run"]
