"""The first start's index build says how far it is: count, rate and time left while it
embeds, how long it took at the end, and where the index is kept for the next start."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from matcher.config import Settings
from matcher.embedding import encoder as encoder_module
from matcher.embedding.encoder import EmbeddingCache, Encoder
from matcher.service import Matcher

LINE = re.compile(r"embedding: ([\d,]+) of ([\d,]+) texts \((\d+)%\), ([\d.,]+) texts/s, "
                  r"(\d+s|\d+m\d\ds|\d+h\d\dm) left$")


def test_first_build_logs_count_rate_and_time_left(tmp_path: Path, settings: Settings,
                                                   encoder: Encoder, monkeypatch, capsys):
    monkeypatch.setattr(encoder_module, "PROGRESS_INTERVAL", 0.0)  # a line for every batch
    monkeypatch.setattr(encoder, "cache", EmbeddingCache(tmp_path / "cache.sqlite"))  # cold
    roster = tmp_path / "roster.jsonl"
    roster.write_text("\n".join(Path(settings.roster).read_text().splitlines()[:200]) + "\n")
    own = settings.model_copy(update={
        "index_dir": tmp_path / "index", "database_url": str(tmp_path / "catalogue.sqlite"),
        "roster": roster, "cache_path": tmp_path / "cache.sqlite"})

    Matcher.open(own, encoder, log=lambda message: print(message, file=sys.stderr))

    err = capsys.readouterr().err.splitlines()
    progress = [LINE.match(line) for line in err if line.startswith("embedding: ")]
    assert len(progress) >= 3 and all(progress), err
    done = [int(m.group(1).replace(",", "")) for m in progress if m]
    total = {int(m.group(2).replace(",", "")) for m in progress if m}
    assert done == sorted(done) and total == {done[-1]} and 150 < done[-1] <= 200
    assert all(float(m.group(4).replace(",", "")) > 0 for m in progress if m)
    assert re.match(r"built the index of \d+ creators in \d+s \([\d,]+ texts embedded\)$",
                    err[-2]), err
    assert "MATCHER_INDEX_DIR" in err[-1] and str(own.index_dir) in err[-1]
    assert "MATCHER_CACHE_PATH" in err[-1] and "--index" in err[-1]


def test_a_second_start_builds_nothing(tmp_path: Path, settings: Settings, encoder: Encoder,
                                       capsys):
    own = settings.model_copy(update={
        "index_dir": tmp_path / "index", "database_url": str(tmp_path / "catalogue.sqlite")})
    roster = tmp_path / "roster.jsonl"
    roster.write_text("\n".join(Path(settings.roster).read_text().splitlines()[:50]) + "\n")
    own = own.model_copy(update={"roster": roster})
    Matcher.open(own, encoder)
    Matcher.open(own, encoder, log=lambda message: print(message, file=sys.stderr))
    assert "built the index" not in capsys.readouterr().err


def test_on_a_terminal_a_bar_shows_rate_and_time_left(tmp_path: Path, encoder: Encoder,
                                                      monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(encoder, "cache", EmbeddingCache(None))
    lines: list[str] = []
    encoder.encode([f"a bar test text number {i}" for i in range(130)], progress=True,
                   log=lines.append)
    bar = terminal.getvalue()
    assert not lines  # the bar replaces the lines
    assert "embedding: 100%" in bar and "130/130" in bar and "texts/s]" in bar
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d", bar)  # the bar shows elapsed<time left
