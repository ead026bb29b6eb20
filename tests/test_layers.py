"""The core stands without FastAPI and Typer; shipped schemas match the models."""

import json
import subprocess
import sys

from matcher.schemas import SCHEMA_DIR, SCHEMA_MODELS, json_schema


def test_core_imports_with_fastapi_and_typer_hidden():
    code = (
        "import sys\n"
        "for name in ('fastapi', 'typer', 'uvicorn', 'starlette'):\n"
        "    sys.modules[name] = None\n"
        "import matcher, matcher.service, matcher.index, matcher.scoring, matcher.explain\n"
        "import matcher.readers, matcher.filters, matcher.simulate\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_shipped_json_schemas_are_current():
    for name in SCHEMA_MODELS:
        shipped = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
        assert shipped == json_schema(name), "run: python -c 'from matcher.schemas import " \
                                             "write_schemas; write_schemas()'"


def test_every_setting_is_documented():
    from pathlib import Path

    from matcher.config import Settings

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name, field in Settings.model_fields.items():
        assert field.description, name
        assert f"MATCHER_{name.upper()}" in readme, f"MATCHER_{name.upper()} not in README"
