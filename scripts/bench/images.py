"""Peak memory of one rendition of a maximum-size image; prints one JSON line for `make bench`.

A JPEG (RGB) and a PNG (RGBA, the worst case at 4 bytes a pixel) of WAGTAILIMAGES_MAX_IMAGE_PIXELS
(8,000 × 5,000 at 40 megapixels) and an 11,000 × 11,000 PNG bomb of half a megabyte are written under
.bench/images/. Each rendition runs in a fresh process that does nothing else: Django is set up, then
`ExchangeImage.generate_rendition_file`, the code behind {% image %}, renders the file. Peak RSS is the
process's high-water mark (Linux); `baseline_rss_mb` is the same before the rendition. Decoding memory depends on
pixel count and mode, not on what the picture shows, so the test images are plain gradients.

    .venv/bin/python scripts/bench/images.py [--filter fill-800x450]
"""

import argparse
import json
import math
import os
import struct
import subprocess
import sys
import time
import warnings
import zlib
from pathlib import Path

from common import BENCH_DIR, ROOT, peak_rss_mb

IMAGE_DIR = BENCH_DIR / "images"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
#: Width to height of the maximum-size images (8,000 × 5,000 at 40 megapixels).
ASPECT = (8, 5)
BOMB_SIDE = 11_000


def max_size(limit):
    """The largest width × height of ASPECT within `limit` pixels."""
    width = math.isqrt(limit * ASPECT[0] // ASPECT[1])
    return width, limit // width


def write_gradient(path, size, mode, image_format):
    """A `size` image of gradients in `mode`, saved as `image_format`."""
    from PIL import Image

    bands = [Image.linear_gradient("L").resize(size), Image.radial_gradient("L").resize(size)]
    bands = (bands * 2)[: len(mode)]
    Image.merge(mode, bands).save(path, format=image_format, **({"quality": 85} if image_format == "JPEG" else {}))


def write_png_bomb(path, side):
    """An RGB PNG of side × side black pixels, compressed row by row: what an attacker uploads."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + 3 * side)
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def render(path, spec):
    """In this process: render `path` with `spec` as an unsaved ExchangeImage would; return the measurements."""
    import django

    django.setup()
    from django.core.files import File
    from PIL import Image
    from wagtail.images.models import Filter

    from exchange.models import ExchangeImage
    from exchange.models.images import OversizedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(path) as header:
            width, height = header.size
    # No database: collection_id is given so the model does not look the root collection up.
    image = ExchangeImage(title=path.name, width=width, height=height, file=path.name, collection_id=None)
    baseline = peak_rss_mb()
    started = time.perf_counter()
    with path.open("rb") as source:
        try:
            image.generate_rendition_file(Filter(spec), source=File(source, name=path.name))
            outcome = "rendered"
        except OversizedImageError:
            outcome = "refused"
    return {
        "outcome": outcome,
        "seconds": round(time.perf_counter() - started, 2),
        "baseline_rss_mb": baseline,
        "peak_rss_mb": peak_rss_mb(),
        "file_mb": round(path.stat().st_size / 1e6, 2),
    }


def measure(path, spec):
    """Render `path` in a fresh process and return what it printed."""
    worker = [sys.executable, __file__, "--worker", str(path), "--filter", spec]
    result = subprocess.run(worker, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter", default="fill-800x450", help="Wagtail filter spec of the rendition")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(render(Path(args.worker), args.filter)))
        return
    import django

    django.setup()
    from django.conf import settings

    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    size = max_size(limit)
    IMAGE_DIR.mkdir(parents=True, exist_ok=True)
    files = {"jpeg": IMAGE_DIR / "max.jpg", "png": IMAGE_DIR / "max.png", "png_bomb": IMAGE_DIR / "bomb.png"}
    write_gradient(files["jpeg"], size, "RGB", "JPEG")
    write_gradient(files["png"], size, "RGBA", "PNG")
    write_png_bomb(files["png_bomb"], BOMB_SIDE)
    report = {"filter": args.filter, "max_pixels": limit, "width": size[0], "height": size[1]}
    report.update({name: measure(path, args.filter) for name, path in files.items()})
    print(json.dumps(report))


if __name__ == "__main__":
    main()
