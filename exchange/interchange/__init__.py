"""The JSON exchange format (docs/import-format.md): validation, import and export.

`parsing` reads the file's JSON within bounds, `schema` and `cleaners` say what a valid value is (limits
taken from the models), `validation` checks a whole document, `importer` writes it in one transaction
(new pages in bulk through `publishing` and `indexing`), `exporter` writes the same format back, and
`text` converts plain text to and from page bodies. `checking` runs parsing and validation alone, for
`import_exchange --check`.
"""
