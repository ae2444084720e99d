"""Signals of the importer, for apps that would rather react once per import than once per page.

`pages_imported` is sent once per import that created or changed pages, inside the import's transaction,
after every page is written and after Wagtail's per-page `page_published` signals:

    pages_imported.send(sender=ImportReport, page_ids=[...])

`page_ids` lists the primary keys of every page (municipality or content) the import created or
republished. A receiver that handles these pages in bulk may skip the per-page `page_published`
signals the importer sends for them: those carry `imported=True`.
"""

from django.dispatch import Signal

pages_imported = Signal()
