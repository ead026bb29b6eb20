# The service on the bundled fixtures, its state on two named volumes:
#   docker build -t matcher .
#   docker run -p 8000:8000 -v matcher-data:/data -v matcher-indexes:/indexes matcher
# /data holds the catalogue store, the API key file (and the generated key, in clear, until
# deleted), the embedding cache and the scoring jobs; /indexes the index snapshots. The first
# start builds the index (minutes); later starts load it. See docs/getting-started.md#docker.
# Kept in step with the Makefile's install step: torch pinned and installed first, then the
# project, here a regular (non-editable) install of its wheel.

FROM python:3.11-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY matcher ./matcher
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim-bookworm

ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

# The settings whose defaults lie in a source checkout: the fixtures (not in the wheel) are
# copied to /app/fixtures, the state goes to the volumes (docs/settings.md). DL3064 is set off
# by the name MATCHER_API_KEYS_FILE: its value is a path, no key is in the image.
# hadolint ignore=DL3064
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    MATCHER_HOST=0.0.0.0 \
    MATCHER_PORT=8000 \
    MATCHER_ROSTER=/app/fixtures/creators.jsonl.gz \
    MATCHER_SEGMENTS_DIR=/app/fixtures/segments \
    MATCHER_DATABASE_URL=/data/catalogue.sqlite \
    MATCHER_API_KEYS_FILE=/data/api-keys.json \
    MATCHER_CACHE_PATH=/data/embedding-cache.sqlite \
    MATCHER_INDEX_DIR=/indexes/fixtures

WORKDIR /app

# Chromium prints the PDF reports (POST /v1/reports with format pdf); Debian's own build.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN pip install --no-cache-dir "torch==${TORCH_VERSION}" --index-url "${TORCH_INDEX}"

COPY --from=wheel /wheels /tmp/wheels
RUN pip install --no-cache-dir /tmp/wheels/matcher-*.whl \
    && rm -rf /tmp/wheels \
    && useradd --create-home --uid 10001 matcher \
    && mkdir -p /data /indexes \
    && chown matcher:matcher /data /indexes
COPY fixtures ./fixtures

# A new named volume starts as a copy of these (empty, owned by matcher); a host directory
# mounted instead must be writable by uid 10001.
VOLUME ["/data", "/indexes"]
USER 10001
EXPOSE 8000

# Healthy: /healthz answers, or the server is still starting (opening the catalogue, building
# the index on a first start) and its starting file was touched in the last minute: `matcher
# serve` keeps it fresh every 5 s until it listens. Unhealthy: neither, so a hung or failed
# start is told apart from a long first build whatever the machine's speed. The output
# (`docker inspect`) is the /healthz answer, "building: <step>" or "down: <why>".
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys, tempfile, time, urllib.request\n\
port = os.environ.get('MATCHER_PORT', '8000')\n\
starting = os.path.join(tempfile.gettempdir(), f'matcher-serve-{port}.starting')\n\
try: print(urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=4).read().decode()); sys.exit(0)\n\
except Exception as error: down = error\n\
try: age, step = time.time() - os.stat(starting).st_mtime, open(starting).read().strip()\n\
except OSError: age, step = None, ''\n\
if age is not None and age < 60: print('building:', step); sys.exit(0)\n\
print('down:', down, '' if age is None else f'(starting file {age:.0f} s old)'); sys.exit(1)\n"]

CMD ["matcher", "serve"]
