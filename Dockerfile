# unkg: build the jar with Maven, then build the graph from data/letters and serve it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
COPY data data
COPY queries queries
COPY ontology ontology
RUN mvn -B -q -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /srv/unkg unkg
WORKDIR /srv/unkg
COPY --from=build /src/target/unkg.jar /srv/unkg/unkg.jar
COPY data data
COPY queries queries
COPY ontology ontology
RUN mkdir -p /var/lib/unkg && chown unkg /var/lib/unkg
USER unkg
VOLUME /var/lib/unkg
EXPOSE 3030
# build the graph only when the letters (or the software) changed since the database in the volume was built
# (switched in atomically when complete), then replace the shell with the server's JVM (exec), so the JVM is
# PID 1 and gets the SIGTERM of `docker stop` and shuts down cleanly
CMD ["sh", "-c", "java -jar unkg.jar build --if-changed --letters data/letters --db /var/lib/unkg/db; exec java -jar unkg.jar serve --db /var/lib/unkg/db --host 0.0.0.0 --port 3030"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:3030/\$/ping || exit 1
