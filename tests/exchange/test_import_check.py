"""`import_exchange --check`: the parsing and validation of an import, and nothing written."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from exchange.demo import DEMO_FILE
from exchange.demo.loader import demo_document

pytestmark = pytest.mark.django_db


def row_counts():
    """Rows per table of every installed model: what a check must leave as it found it."""
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def write_json(tmp_path, document):
    path = tmp_path / "check.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def check(path):
    """Run `import_exchange --check`; return (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_exchange", "--check", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_valid_file_writes_nothing(site_tree):
    before = row_counts()
    check(DEMO_FILE)
    assert row_counts() == before


def test_valid_file_is_confirmed_in_one_line():
    out, err = check(DEMO_FILE)
    document = demo_document()
    assert out.count("\n") == 1
    assert out.startswith(f"OK: „{DEMO_FILE}“ ist gültig")
    assert f"{len(document['municipalities'])} Kommunen" in out
    assert f"{len(document['items'])} Inhalte" in out
    assert err == ""


def test_invalid_file_is_refused_naming_item_and_field(tmp_path):
    document = demo_document()
    document["items"][2]["date"] = "2024-13-45"
    slug = document["items"][2]["slug"]
    before = row_counts()
    err = io.StringIO()

    with pytest.raises(CommandError, match="Prüfung fehlgeschlagen: 1 Fehler"):
        call_command("import_exchange", "--check", str(write_json(tmp_path, document)), stderr=err)

    assert f"items[2] (slug „{slug}“), Feld „date“: „2024-13-45“ ist kein gültiges Datum" in err.getvalue()
    assert row_counts() == before


def test_invalid_file_fails_with_a_non_zero_exit_code_and_every_problem(tmp_path):
    document = {"items": [{"type": "lesson", "slug": "ohne-kommune", "title": "Ohne Kommune"}]}
    err = io.StringIO()

    with pytest.raises(CommandError) as refused:
        call_command("import_exchange", "--check", str(write_json(tmp_path, document)), stderr=err)

    assert refused.value.returncode != 0  # what manage.py exits with
    assert "items[0] (slug „ohne-kommune“), Feld „municipality“: fehlt, ist aber Pflicht" in err.getvalue()
    assert "items[0] (slug „ohne-kommune“), Feld „lesson_kind“: fehlt, ist aber Pflicht" in err.getvalue()


def test_malformed_json_is_refused_with_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "topics": [\n    {"name": "Mobilität",}\n  ]\n}\n', encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError, match="Prüfung fehlgeschlagen"):
        call_command("import_exchange", "--check", str(path), stderr=err)

    assert "kein gültiges JSON" in err.getvalue()
    assert "Zeile 3" in err.getvalue()
