"""Dependencies point one way: search → contacts → exchange → Wagtail/Django, home → contacts and exchange,
subscriptions → search and exchange, and within search the outbox → the task. Pages link the subscribe form by its
URL name only, and contacts by the contacts app's template tags."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imports(path):
    """The absolute names of the modules a source file imports, wherever in the file (functions included)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            yield from (f"{module}.{alias.name}" for alias in node.names)


def importers(where, target):
    """{file: module} for the file `where`, or the files below the folder `where`, that import `target` or
    anything in it."""
    where = ROOT / where
    files = sorted(where.rglob("*.py")) if where.is_dir() else [where]
    return {
        str(path.relative_to(ROOT)): name
        for path in files
        for name in imports(path)
        if name == target or name.startswith(f"{target}.")
    }


def test_the_domain_does_not_depend_on_search():
    assert importers("exchange", "search") == {}


def test_the_domain_does_not_depend_on_the_home_app():
    assert importers("exchange", "home") == {}


def test_the_domain_does_not_depend_on_subscriptions():
    assert importers("exchange", "subscriptions") == {}


def test_search_does_not_depend_on_subscriptions():
    assert importers("search", "subscriptions") == {}


def test_the_sync_task_does_not_import_the_outbox():
    assert importers("search/tasks.py", "search.outbox") == {}


def test_the_domain_does_not_depend_on_the_contacts_app():
    assert importers("exchange", "contacts") == {}


@pytest.mark.parametrize("app", ["search", "subscriptions", "editorial", "home"])
def test_the_contacts_app_depends_on_the_domain_only(app):
    assert importers("contacts", app) == {}


def test_the_domain_and_search_do_not_depend_on_the_network():
    """`network` (map, strategies as data, peers) reads the domain; the domain's templates load its tags."""
    assert importers("exchange", "network") == {}
    assert importers("search", "network") == {}


def test_the_domain_does_not_depend_on_registrations():
    assert importers("exchange", "registrations") == {}


def test_search_does_not_depend_on_registrations():
    assert importers("search", "registrations") == {}
