"""Plain text (paragraphs separated by a blank line, "## " for a sub-heading) to and from page bodies.

It lives with the pages because the import format, the export and the search documents all read a
page's body as this text; `ContentPage.body_text` is the usual way in.
"""

import re
from html import escape, unescape

from django.utils.html import strip_tags

_BLOCK_END = re.compile(r"</(p|h\d|li|blockquote)>", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def split_paragraphs(text):
    """Non-empty paragraphs of `text`, with lines inside a paragraph joined by single spaces."""
    paragraphs = re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n"))
    return [" ".join(line.strip() for line in p.strip().splitlines()) for p in paragraphs if p.strip()]


def html_to_text(html):
    """Rich-text HTML to plain paragraphs separated by blank lines."""
    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", html or "")
    marked = _BREAK.sub(" ", marked)
    return "\n\n".join(split_paragraphs(unescape(strip_tags(marked))))


def text_to_html(text):
    """Plain paragraphs to rich-text HTML (one <p> per paragraph)."""
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in split_paragraphs(text))


def text_to_stream(text):
    """Plain text to the raw StreamField data of `exchange.blocks.BodyBlock`."""
    blocks = []
    for paragraph in split_paragraphs(text):
        if paragraph.startswith("## "):
            blocks.append({"type": "heading", "value": {"text": paragraph[3:].strip(), "level": "h2"}})
        elif paragraph.startswith("### "):
            blocks.append({"type": "heading", "value": {"text": paragraph[4:].strip(), "level": "h3"}})
        else:
            blocks.append({"type": "paragraph", "value": f"<p>{escape(paragraph, quote=False)}</p>"})
    return blocks


def stream_to_text(stream):
    """The text of a body: paragraphs and headings; quotes as plain paragraphs; images and documents are left out."""
    parts = []
    for block in stream:
        if block.block_type == "paragraph":
            parts.append(html_to_text(block.value.source))
        elif block.block_type == "heading":
            marker = "###" if block.value["level"] == "h3" else "##"
            parts.append(f"{marker} {block.value['text']}")
        elif block.block_type == "quote":
            parts.append(block.value["text"])
    return "\n\n".join(part for part in parts if part)
