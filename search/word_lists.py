"""Where the search's data files live (`search/analysis/`): word lists for compounds and the vocabulary."""

from pathlib import Path

WORD_LISTS = Path(__file__).parent / "analysis"


def read_word_list(name):
    """Non-empty, non-comment lines of a word list in `search/analysis/`."""
    lines = (WORD_LISTS / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
