"""Load the demo content: the same importer as `import_exchange`, plus illustrations.

Idempotent: entries that already match are left alone, images are drawn once, and pictures are only
attached where they are missing, so a second run changes nothing.
"""

import copy

from exchange.editorial import ensure_editorial_groups
from exchange.interchange.importer import import_document
from exchange.models import ContentPage

from .content import DEMO
from .images import demo_image


def load_demo(progress=False):
    """Import the demo document and attach its illustrations; return the importer's report."""
    document = copy.deepcopy(DEMO)
    images = {item["slug"]: item.pop("image") for item in document["items"] if item.get("image")}
    report = import_document(document, progress=progress)
    for slug, spec in images.items():
        _attach_image(slug, spec)
    ensure_editorial_groups()
    return report


def _attach_image(slug, spec):
    """Use the illustration as listing image and as a figure with caption and credit in the body."""
    page = ContentPage.objects.get(slug=slug).specific
    # The drawing is abstract, so its alt text says so rather than describing a scene it does not show.
    alt_text = f"Abstrakte Platzhaltergrafik zum Beitrag „{page.title}“"
    image = demo_image(slug, alt_text[:255], spec.get("credit", "Illustration: Wissensnetz"))
    changed = False
    if page.listing_image_id is None:
        page.listing_image = image
        changed = True
    if not any(block.block_type == "figure" for block in page.body):
        figure = {"image": image.pk, "caption": spec.get("caption", ""), "credit": spec.get("credit", "")}
        raw = list(page.body.raw_data)
        raw.insert(min(1, len(raw)), {"type": "figure", "value": figure})
        page.body = raw
        changed = True
    if changed:
        page.save_revision().publish()
