"""The JSON exchange format (docs/import-format.md): validation, import and export.

`parsing` reads the file's JSON within bounds, `schema` and `cleaners` say what a valid value is (limits
taken from the models), `validation` checks a whole document, `importer` writes it in one transaction
(new pages in bulk through `publishing` and `indexing`), and `exporter` writes the same format back.
The fields of each content type come from its page class (`exchange_fields`); bodies are converted to and
from plain text by `exchange.models.body_text`, which the search documents use as well.
`checking` runs parsing and validation alone, for `import_exchange --check`.
"""
