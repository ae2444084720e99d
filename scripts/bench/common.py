"""What the benchmark scripts share: where they keep their files, fresh databases, and peak memory."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"


def is_postgres(url):
    return url.startswith(("postgres://", "postgresql://"))


def fresh_sqlite(name):
    """The URL of an empty SQLite file under .bench/ (the old one removed)."""
    BENCH_DIR.mkdir(exist_ok=True)
    path = BENCH_DIR / f"{name}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def fresh_postgres(url, suffix):
    """A database of its own on the server of `url`, `<name>_<suffix>`, dropped and created anew; its URL."""
    import psycopg
    from dj_database_url import parse

    name = f"{parse(url)['NAME']}_{suffix}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def peak_rss_mb():
    """This process's RSS high-water mark (Linux's VmHWM).

    Not getrusage's ru_maxrss: Linux carries that over from the parent across fork and exec, so a child
    would report the memory its parent used.
    """
    status = Path("/proc/self/status").read_text()
    kilobytes = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return round(kilobytes / 1024, 1)


def django_environment(database_url, **extra):
    """Environment for a child process on `database_url` with the development settings."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        **extra,
    }
