"""The README's examples run as written: every `curl` line of a shell code block is sent to a
live `matcher serve` and must answer 2xx with JSON that has the fields the answer shown below
it has. Only the port is changed, to a free one (another server may hold the default 8000)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import READER_KEY, ROOT
from tests.server import Server

DOCS = [ROOT / "README.md", ROOT / "docs" / "getting-started.md"]
DEFAULT_ADDRESS = "localhost:8000"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SHELLS = {"sh", "bash", "shell", "console"}
# Known to fail as written; strict, so fixing the page makes this test fail until removed.
NOT_YET: dict[str, str] = {}


def curl_examples(path: Path) -> list[tuple[str, str]]:
    """Each `curl` command of the page's shell blocks (continuation lines joined) and the
    text block shown right after its block as the answer, if any."""
    text = path.read_text(encoding="utf-8")
    blocks = list(FENCE.finditer(text))
    found = []
    for i, block in enumerate(blocks):
        if block.group(1) not in SHELLS:
            continue
        answer = ""
        if i + 1 < len(blocks) and blocks[i + 1].group(1) == "text":
            answer = blocks[i + 1].group(2)
        for line in block.group(2).replace("\\\n", " ").splitlines():
            command = line.strip().removeprefix("$ ")
            if command.startswith("curl "):
                found.append((command, answer))
    return found


def shown_fields(answer: str) -> tuple[set[str], set[str]]:
    """The top-level fields of a JSON answer as a page shows it (trimmed, with `...`) and
    those of its first result (indented by 6)."""
    top: set[str] = set()
    result: set[str] = set()
    for line in answer.splitlines():
        flat, nested = line, re.compile(r"\{[^{}]*\}")
        while nested.search(flat):  # nested objects: not this level's fields
            flat = nested.sub("()", flat)
        indent = len(line) - len(line.lstrip())
        if indent == 2 and (match := re.match(r'\s*"(\w+)":', flat)):
            top.add(match.group(1))
        elif indent == 6:
            result.update(re.findall(r'"(\w+)":', flat))
    return top, result


def _example(path: Path, n: int, command: str, answer: str) -> object:
    page = str(path.relative_to(ROOT))
    marks = ([pytest.mark.xfail(reason=NOT_YET[page], strict=True, raises=AssertionError)]
             if page in NOT_YET else [])
    return pytest.param(path, command, answer, id=f"{page}:{n}", marks=marks)


EXAMPLES = [_example(path, n, command, answer)
            for path in DOCS for n, (command, answer) in enumerate(curl_examples(path), 1)]


def test_the_readme_has_curl_examples():
    assert curl_examples(ROOT / "README.md"), "no curl example found in README.md"


@pytest.fixture(scope="module")
def readme_server(tmp_path_factory: pytest.TempPathFactory, settings) -> Server:
    """`matcher serve` on 200 creators of the bundled roster, the keys of the test session."""
    work = tmp_path_factory.mktemp("readme")
    roster = work / "roster.jsonl"
    roster.write_text("\n".join(Path(settings.roster).read_text().splitlines()[:200]) + "\n")
    env = {**os.environ, "HF_HUB_OFFLINE": "1",
           "MATCHER_INDEX_DIR": str(work / "index"), "MATCHER_ROSTER": str(roster),
           "MATCHER_DATABASE_URL": str(work / "catalogue.sqlite"),
           "MATCHER_CACHE_PATH": str(settings.cache_path),
           "MATCHER_SEGMENTS_DIR": str(settings.segments_dir),
           "MATCHER_API_KEYS": settings.api_keys,
           "MATCHER_API_KEYS_FILE": str(settings.api_keys_file)}
    server = Server(env).start()
    yield server
    server.stop()


@pytest.mark.slow
@pytest.mark.parametrize(("page", "command", "answer"), EXAMPLES)
def test_curl_example_runs_as_written(page: Path, command: str, answer: str,
                                      readme_server: Server, tmp_path: Path):
    assert not re.search(r"\s[|>]", command), \
        f"the test appends curl options: teach it pipes and redirects first: {command}"
    env = dict(os.environ)
    for name in set(re.findall(r"\$\{?(\w+)", command)):
        assert f"{name}=" in page.read_text(encoding="utf-8"), \
            f"${name} is used but {page.name} never says how to set it ({name}=...)"
        env[name] = READER_KEY  # the page tells the reader to put the printed key there
    body = tmp_path / "body"
    run = subprocess.run(
        ["bash", "-c", command.replace(DEFAULT_ADDRESS, f"localhost:{readme_server.port}")
         + f" -S --max-time 60 -o {body} -w '%{{http_code}} %{{content_type}}'"],
        env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    status, _, content_type = run.stdout.strip().partition(" ")
    text = body.read_text(encoding="utf-8")
    assert status.startswith("2"), f"{command}\n-> {status}: {text[:500]}"
    if "json" in content_type:
        answer_json = json.loads(text)
        top, result = shown_fields(answer)
        assert top <= set(answer_json), f"shown but not answered: {top - set(answer_json)}"
        if result:
            assert answer_json["results"], "the page shows a result, the answer has none"
            first = answer_json["results"][0]
            assert result <= set(first), f"shown but not answered: {result - set(first)}"
