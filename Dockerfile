# pgstitch: the proxy in a small image. Build: docker build -t pgstitch .
FROM python:3.11-slim

RUN useradd --system --home-dir /srv/pgstitch --create-home pgstitch
COPY . /src
RUN pip install --no-cache-dir /src && rm -rf /src

USER pgstitch
WORKDIR /srv/pgstitch
EXPOSE 6432
ENTRYPOINT ["pgstitch"]
CMD ["serve", "--listen", "0.0.0.0:6432"]
