"""Demo content for the Wissensnetz knowledge exchange: `demo.json` and its loader (see README.md)."""

from pathlib import Path

#: The demo content: an exchange file (docs/import-format.md) plus each item's `illustration`.
DEMO_FILE = Path(__file__).with_name("demo.json")
