# The service on the bundled fixtures: docker build -t matcher . && docker run -p 8000:8000 matcher
# Kept in step with the Makefile's install step: torch pinned and installed first, then the
# project in editable mode so the bundled fixtures and segments are found beside it.
FROM python:3.11-slim-bookworm

ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    MATCHER_HOST=0.0.0.0 \
    MATCHER_PORT=8000

WORKDIR /app

# Chromium prints the PDF reports (POST /v1/reports with format pdf); Debian's own build.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN pip install --no-cache-dir "torch==${TORCH_VERSION}" --index-url "${TORCH_INDEX}"

COPY pyproject.toml README.md ./
COPY matcher ./matcher
COPY fixtures ./fixtures
COPY indexes/README.md ./indexes/README.md
RUN pip install --no-cache-dir -e . \
    && useradd --create-home --uid 10001 matcher \
    && mkdir -p /app/data \
    && chown -R matcher:matcher /app/indexes /app/data

USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["matcher", "serve"]
