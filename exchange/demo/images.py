"""Placeholder illustrations for the demo, drawn with Pillow so no picture has to be downloaded or shipped."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from exchange.models import ExchangeImage

PALETTE = [
    ((10, 74, 130), (93, 156, 207)),
    ((29, 107, 58), (140, 199, 120)),
    ((120, 60, 130), (214, 150, 200)),
    ((160, 80, 20), (240, 190, 110)),
    ((20, 110, 120), (120, 200, 200)),
]


def demo_image(key, description, credit="Illustration: Wissensnetz", label="", size=(1200, 675)):
    """The demo image stored under title `key` with `description` as its alt text, drawn on first use.

    Re-running reuses the drawing; a changed alt text or credit is saved onto it.
    """
    title = f"Demo: {key}"
    image = ExchangeImage.objects.filter(title=title).first()
    if image is not None:
        if (image.description, image.credit) != (description, credit):
            image.description, image.credit = description, credit
            image.save(update_fields=["description", "credit"])
        return image
    image = ExchangeImage(title=title, description=description, credit=credit)
    image.file = ImageFile(io.BytesIO(_draw(key, label, size)), name=f"demo-{key}.png")
    image.save()
    return image


def _draw(key, label, size=(1200, 675)):
    """A calm gradient with a few shapes, seeded by `key` so every item gets its own picture."""
    seed = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    dark, light = PALETTE[seed % len(PALETTE)]
    width, height = size
    picture = Image.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(d + (lt - d) * t) for d, lt in zip(dark, light, strict=True)))
    for i in range(6):
        r = 40 + (seed >> (i * 5)) % 140
        x = (seed >> (i * 7)) % width
        y = (seed >> (i * 3)) % height
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=4)
    if label:
        font = ImageFont.load_default(size=56)
        draw.rectangle([0, height - 120, width, height], fill=(0, 0, 0))
        draw.text((40, height - 95), label[:40], fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
