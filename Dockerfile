# Build: docker build -t ansinh .   (or let docker compose build it)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl for the health check in docker-compose.yml (GET /actuator/health)
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/ansinh-*.jar app.jar
COPY rules rules
COPY processes processes
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
