"""The docs stay true to the code: generated reference pages current, every setting and error
documented, the README's links alive. Fast: nothing loads the model or builds an index."""

import ast
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"


def _docs_reference():
    spec = importlib.util.spec_from_file_location("docs_reference",
                                                  ROOT / "scripts" / "docs_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_reference_pages_are_current():
    stale = _docs_reference().stale()
    assert not stale, (f"stale: {', '.join(str(p.relative_to(ROOT)) for p in stale)}; "
                       "run: python scripts/docs_reference.py")


def test_every_setting_is_described_on_the_settings_page():
    from matcher.config import Settings

    page = (REFERENCE / "settings.md").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert field.description, f"Settings.{name} has no description"
        assert f"`MATCHER_{name.upper()}`" in page, \
            f"MATCHER_{name.upper()} not in docs/reference/settings.md"


def _error_classes_in_process() -> set[str]:
    from matcher.errors import MatcherError

    found, todo = set(), [MatcherError]
    while todo:
        cls = todo.pop()
        if cls.__module__.split(".")[0] == "matcher":  # not the tests' own subclasses
            found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _error_classes_in_source() -> dict[str, Path]:
    """Every class under matcher/ deriving, by name, from MatcherError: the error classes of
    modules this process has not imported too."""
    bases: dict[str, tuple[set[str], Path]] = {}
    for path in (ROOT / "matcher").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else b.attr for b in node.bases
                         if isinstance(b, ast.Name | ast.Attribute)}
                bases[node.name] = (names, path)
    errors = {"MatcherError"}
    grown = True
    while grown:
        new = {name for name, (parents, _) in bases.items()
               if name not in errors and parents & errors}
        errors |= new
        grown = bool(new)
    return {name: bases[name][1] for name in errors if name in bases}


def test_every_error_class_is_in_the_error_reference():
    page = (REFERENCE / "errors.md").read_text(encoding="utf-8")
    missing = sorted(name for name in _error_classes_in_process() if f"`{name}`" not in page)
    assert not missing, f"not in docs/reference/errors.md: {missing}"
    elsewhere = {name: path.relative_to(ROOT).as_posix()
                 for name, path in _error_classes_in_source().items()
                 if f"`{name}`" not in page}
    assert not elsewhere, (f"error classes missing from docs/reference/errors.md: {elsewhere}; "
                           "every error class belongs in matcher/errors.py, then run: "
                           "python scripts/docs_reference.py")


def test_readme_links_point_at_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    text = re.sub(r"^```.*?^```", "", readme, flags=re.M | re.S)  # no links in code blocks
    targets = re.findall(r"\[[^\]]*\]\(([^)\s]+)\)", text)
    relative = [t for t in targets if not re.match(r"[a-z][a-z0-9+.-]*:|#", t)]
    assert relative, "the README links into docs/"
    broken = [t for t in relative if not (ROOT / t.split("#")[0]).exists()]
    assert not broken, f"README links to missing files: {broken}"
