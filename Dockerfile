# pgstitch: the proxy in a small image. Build: docker build -t pgstitch .
#
# A build stage with a C compiler makes the wheels (pgstitch's with its compiled message scanner,
# and its dependencies'); the image itself installs them without a compiler or an index.
FROM python:3.11-slim AS build

# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN pip wheel --no-cache-dir --wheel-dir /wheels /src

FROM python:3.11-slim

RUN useradd --system --uid 10001 --home-dir /srv/pgstitch --create-home pgstitch
COPY --from=build /wheels /wheels
# The check fails the build if the wheel came without the compiled scanner.
RUN pip install --no-cache-dir --no-index --find-links /wheels /wheels/pgstitch-*.whl \
    && rm -rf /wheels \
    && python -c "from proxy.protocol import scanner; assert scanner.IMPLEMENTATION == 'compiled', scanner.IMPLEMENTATION"

USER 10001
WORKDIR /srv/pgstitch
EXPOSE 6432
ENTRYPOINT ["pgstitch"]
CMD ["serve", "--listen", "0.0.0.0:6432"]
