"""scripts/search-engine: the parts that need no engine (URL, settings checks, state, choice of Java and version).

Starting and stopping a real node is exercised by `make test` itself, through scripts/with-search-engine.
"""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent.parent / "scripts"


def run_script(*args, **environment):
    """Run scripts/search-engine with these SEARCH_ENGINE_* variables and no others from the caller."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SEARCH_ENGINE_")}
    return subprocess.run(
        [sys.executable, SCRIPTS / "search-engine", *args], env=env | environment, capture_output=True, text=True
    )


@pytest.fixture
def engine_setup():
    """The script's stdlib helper module, imported from its file as the script does."""
    spec = importlib.util.spec_from_file_location("search_engine_setup", SCRIPTS / "search_engine_setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_jdk(root, java_version):
    """A folder laid out like a JDK: an executable bin/java and the release file the script reads."""
    (root / "bin").mkdir(parents=True)
    (root / "bin" / "java").write_text("#!/bin/sh\nexit 1\n")
    (root / "bin" / "java").chmod(0o755)
    (root / "release").write_text(f'IMPLEMENTOR="Test"\nJAVA_VERSION="{java_version}"\n')
    return root


def test_url_prints_only_the_search_url_for_the_port():
    result = run_script("url", SEARCH_ENGINE_PORT="9333")
    assert (result.returncode, result.stdout, result.stderr) == (0, "opensearch+http://127.0.0.1:9333\n", "")


@pytest.mark.parametrize("port", ["abc", "0", "70000", "-1"])
def test_invalid_port_is_refused_with_exit_code_2(port):
    result = run_script("url", SEARCH_ENGINE_PORT=port)
    assert result.returncode == 2
    assert result.stderr == f"search-engine: SEARCH_ENGINE_PORT must be a port number, got '{port}'\n"


@pytest.mark.parametrize("args", [(), ("restart",)])
def test_missing_or_unknown_command_is_a_usage_error(args):
    result = run_script(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert "usage: scripts/search-engine" in result.stderr


def test_status_of_a_home_without_engine_says_not_running(tmp_path):
    result = run_script("status", SEARCH_ENGINE_HOME=str(tmp_path), SEARCH_ENGINE_PORT="9334")
    assert result.returncode == 1
    assert result.stdout == f"OpenSearch: not running ({tmp_path})\nSEARCH_URL: opensearch+http://127.0.0.1:9334\n"


def test_stop_without_engine_is_fine(tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "opensearch.pid").write_text(str(os.getpid()))  # alive, but not an engine of this home
    result = run_script("stop", SEARCH_ENGINE_HOME=str(tmp_path))
    assert (result.returncode, result.stderr) == (0, "search-engine: not running\n")
    assert not (tmp_path / "run" / "opensearch.pid").exists()


@pytest.mark.parametrize(("release", "major"), [("25.0.3", 25), ("17.0.15", 17), ("1.8.0_392", 8)])
def test_java_major_is_read_from_the_release_file(engine_setup, tmp_path, release, major):
    assert engine_setup.java_major(fake_jdk(tmp_path / "jdk", release)) == major


def test_without_java_21_the_2x_line_runs_on_java_17(engine_setup, tmp_path, monkeypatch, capsys):
    jdk = fake_jdk(tmp_path / "jdk-17", "17.0.15")
    monkeypatch.setenv("SEARCH_ENGINE_JAVA_HOME", str(jdk))
    monkeypatch.delenv("SEARCH_ENGINE_VERSION", raising=False)
    assert engine_setup.choose_version_and_java() == (engine_setup.FALLBACK_VERSION, str(jdk))
    assert "no Java 21+ found" in capsys.readouterr().err


def test_a_3x_version_refuses_java_17(engine_setup, tmp_path, monkeypatch):
    monkeypatch.setenv("SEARCH_ENGINE_JAVA_HOME", str(fake_jdk(tmp_path / "jdk-17", "17.0.15")))
    monkeypatch.setenv("SEARCH_ENGINE_VERSION", "3.8.0")
    with pytest.raises(engine_setup.EngineError, match="needs Java 21 or newer"):
        engine_setup.choose_version_and_java()


# Elasticsearch (SEARCH_ENGINE_FLAVOUR=elasticsearch) -------------------------------------------------------


def test_elasticsearch_has_its_own_default_port_and_url():
    result = run_script("url", SEARCH_ENGINE_FLAVOUR="elasticsearch")
    assert (result.returncode, result.stdout, result.stderr) == (0, "elasticsearch+http://127.0.0.1:9201\n", "")


def test_an_unknown_flavour_is_refused():
    result = run_script("url", SEARCH_ENGINE_FLAVOUR="solr")
    assert (result.returncode, result.stdout) == (1, "")
    assert "SEARCH_ENGINE_FLAVOUR must be one of opensearch, elasticsearch, got 'solr'" in result.stderr


def test_status_names_elasticsearch(tmp_path):
    result = run_script("status", SEARCH_ENGINE_FLAVOUR="elasticsearch", SEARCH_ENGINE_HOME=str(tmp_path))
    assert result.returncode == 1
    assert (
        result.stdout == f"Elasticsearch: not running ({tmp_path})\nSEARCH_URL: elasticsearch+http://127.0.0.1:9201\n"
    )


def test_elasticsearch_9_refuses_java_17(engine_setup, tmp_path, monkeypatch):
    monkeypatch.setenv("SEARCH_ENGINE_JAVA_HOME", str(fake_jdk(tmp_path / "jdk-17", "17.0.15")))
    monkeypatch.delenv("SEARCH_ENGINE_VERSION", raising=False)
    with pytest.raises(engine_setup.EngineError, match="Elasticsearch 9.5.0 needs Java 21 or newer"):
        engine_setup.choose_version_and_java(engine_setup.ELASTICSEARCH)


def test_an_elasticsearch_zip_with_another_hash_is_refused(engine_setup, tmp_path, monkeypatch):
    version = engine_setup.ELASTICSEARCH_VERSION

    def fetched(artifact, output_dir, checksums=True):
        assert not checksums  # Central has no checksum files for this zip
        (output_dir / f"elasticsearch-{version}.zip").write_bytes(b"not the pinned zip")

    monkeypatch.setattr(engine_setup, "mvn_fetch", fetched)
    monkeypatch.delenv("SEARCH_ENGINE_SHA512", raising=False)
    with pytest.raises(engine_setup.EngineError, match="has SHA-512"):
        engine_setup.fetch_elasticsearch(version, tmp_path)


def test_an_elasticsearch_version_without_a_pinned_hash_is_refused(engine_setup, tmp_path, monkeypatch):
    monkeypatch.delenv("SEARCH_ENGINE_SHA512", raising=False)
    with pytest.raises(engine_setup.EngineError, match="no SHA-512 pinned for Elasticsearch 9.0.0"):
        engine_setup.fetch_elasticsearch("9.0.0", tmp_path)
