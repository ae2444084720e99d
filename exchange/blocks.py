"""StreamField blocks for the rich bodies of case studies, lessons, articles and events."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A sub-heading; level 2 or 3 so the page outline stays valid under the page's h1."""

    text = blocks.CharBlock(label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Überschrift 2")), ("h3", _("Überschrift 3"))],
        default="h2",
        label=_("Ebene"),
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "components/blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with caption and credit; the alt text comes from the image itself, where it is required."""

    image = ImageChooserBlock(label=_("Bild"))
    caption = blocks.CharBlock(required=False, label=_("Bildunterschrift"))
    credit = blocks.CharBlock(required=False, label=_("Bildnachweis"))

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "components/blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person (and role) it comes from."""

    text = blocks.TextBlock(label=_("Zitat"))
    attribution = blocks.CharBlock(required=False, label=_("Quelle / Person"))

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "components/blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    """A downloadable document, e.g. a tender template or a council decision."""

    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(required=False, label=_("Linktext"))

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        template = "components/blocks/document_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body used by every content page."""

    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        label=_("Absatz"),
        template="components/blocks/paragraph_block.html",
    )
    heading = HeadingBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
