"""The one error the importer raises for a file it refuses."""


class ImportFileError(Exception):
    """The file cannot be imported; `errors` lists every problem found, each a German sentence."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors
