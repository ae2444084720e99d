"""The JSON exchange format (docs/import-format.md): validation, import and export.

`schema` says what a valid file looks like, `importer` writes a validated file in one transaction,
`exporter` writes the same format back, and `text` converts plain text to and from page bodies.
"""
