"""Load the demo content: demo.json through the same importer as `import_exchange`, plus its illustrations.

The file is an exchange file (docs/import-format.md) with one extension, each item's `illustration`
(README.md beside it). Idempotent: entries that already match are left alone, images are drawn once, and
pictures are only attached where they are missing, so a second run changes nothing.
"""

from django.utils.translation import gettext as _

from exchange.interchange.cleaners import FieldError, clean_field, shortened
from exchange.interchange.errors import ImportFileError
from exchange.interchange.importer import import_document
from exchange.interchange.parsing import parse_json
from exchange.interchange.schema import Field, column
from exchange.models import ContentPage, ExchangeImage

from . import DEMO_FILE
from .images import demo_image

#: The fields of an item's `illustration`; the alt text is stored as the image's description.
ILLUSTRATION_FIELDS = (
    Field("alt", required=True, column=column(ExchangeImage, "description")),
    Field("caption", "text"),
    Field("credit", column=column(ExchangeImage, "credit")),
)


def demo_document():
    """The demo file, parsed as `import_exchange` parses any exchange file (a new dict on every call)."""
    return parse_json(DEMO_FILE.read_text(encoding="utf-8"))


def load_demo(progress=False):
    """Import the demo document and attach its illustrations; return the importer's report."""
    document = demo_document()
    illustrations = read_illustrations(document)
    # The importer ignores `illustration`, as it ignores every field it does not know.
    report = import_document(document, progress=progress)
    for slug, illustration in illustrations.items():
        _attach_image(slug, illustration)
    return report


def read_illustrations(document):
    """Map item slug → clean illustration, or raise ImportFileError naming each bad item and field."""
    illustrations, errors = {}, []
    items = document.get("items") if isinstance(document, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict) or item.get("illustration") in (None, {}):
            continue
        label = f"items[{index}] (slug „{shortened(item.get('slug'))}“)"
        raw = item["illustration"]
        if not isinstance(raw, dict):
            errors.append(_("%(label)s, Feld „illustration“: muss ein Objekt sein.") % {"label": label})
            continue
        clean = {}
        for field in ILLUSTRATION_FIELDS:
            try:
                clean[field.name] = clean_field(field, raw.get(field.name))
            except FieldError as exc:
                errors.append(
                    _("%(label)s, Feld „illustration“: Feld „%(field)s“: %(error)s")
                    % {"label": label, "field": field.name, "error": exc}
                )
        slug = item.get("slug")
        if len(clean) == len(ILLUSTRATION_FIELDS) and isinstance(slug, str):
            illustrations[slug.strip()] = clean
    if errors:
        raise ImportFileError(errors)
    return illustrations


def _attach_image(slug, illustration):
    """Use the illustration as listing image and as a figure with caption and credit in the body."""
    page = ContentPage.objects.get(slug=slug).specific
    image = demo_image(slug, illustration["alt"], illustration["credit"])
    changed = False
    if page.listing_image_id is None:
        page.listing_image = image
        changed = True
    if not any(block.block_type == "figure" for block in page.body):
        figure = {"image": image.pk, "caption": illustration["caption"], "credit": illustration["credit"]}
        raw = list(page.body.raw_data)
        raw.insert(min(1, len(raw)), {"type": "figure", "value": figure})
        page.body = raw
        changed = True
    if changed:
        page.save_revision().publish()
