"""Free tags on content pages, with slugs that always make a working, readable link.

taggit's own tag model slugs "!!!" to an empty string (a page carrying it cannot be rendered) and numbers
collisions as `_1`. This model spells German out ("Straße" → "strasse"), falls back to "schlagwort" when a
name has nothing to slug, and numbers collisions `-2`, `-3`, ….
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, router, transaction
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from exchange.text import has_letter_or_digit, numbered_slug, readable_slug

from .listing_urls import tag_url

TAG_NAME_MAX_LENGTH = 100
#: Slug of a tag whose name yields none ("!!!", "🚲"), numbered like any other.
TAG_SLUG_FALLBACK = "schlagwort"
#: Room left in the slug column for a numbered suffix ("-999999").
TAG_SLUG_BASE_LENGTH = TAG_NAME_MAX_LENGTH - 7
#: How often a save looks for a free slug again when a concurrent save took the one it chose.
SLUG_ATTEMPTS = 3


def tag_slug_base(name):
    """The slug a tag named `name` gets unless another tag has it already."""
    return readable_slug(name, TAG_SLUG_FALLBACK, TAG_SLUG_BASE_LENGTH)


def validate_tag_has_letter_or_digit(name):
    """Refuse a tag like "!!!" or "🚲": nobody can search for it, and its page would have no readable address."""
    if not has_letter_or_digit(name):
        raise ValidationError(
            _("Das Schlagwort „%(name)s“ enthält weder Buchstaben noch Ziffern. Bitte ein Wort verwenden."),
            code="tag_without_letters",
            params={"name": name},
        )


def validate_tag_name(name):
    """Everything a tag name must satisfy, for callers outside a model form (page form, importer)."""
    validate_tag_has_letter_or_digit(name)
    if len(name) > TAG_NAME_MAX_LENGTH:
        raise ValidationError(
            _("Das Schlagwort „%(name)s“ ist zu lang: höchstens %(max)d Zeichen."),
            code="tag_too_long",
            params={"name": name, "max": TAG_NAME_MAX_LENGTH},
        )


class Tag(TagBase):
    """A free tag on content pages (Wagtail's custom tag model); its slug names its listing page."""

    name = models.CharField(
        _("Name"),
        max_length=TAG_NAME_MAX_LENGTH,
        unique=True,
        validators=[validate_tag_has_letter_or_digit],
        help_text=_("So erscheint das Schlagwort auf den Seiten; mindestens ein Buchstabe oder eine Ziffer."),
    )
    slug = models.SlugField(
        _("Kürzel"),
        max_length=TAG_NAME_MAX_LENGTH,
        unique=True,
        blank=True,
        allow_unicode=True,
        help_text=_("Teil der Adresse der Schlagwortseite. Leer lassen: wird aus dem Namen gebildet."),
    )

    class Meta:
        verbose_name = _("Schlagwort")
        verbose_name_plural = _("Schlagworte")
        ordering = ["name"]

    def clean(self):
        """Refuse a second spelling of an existing tag: tags are matched case-insensitively (TAGGIT_CASE_INSENSITIVE)."""
        super().clean()
        twin = type(self)._default_manager.filter(name__iexact=self.name).exclude(pk=self.pk).first()
        if twin is not None:
            raise ValidationError(
                {"name": _("Das Schlagwort „%(name)s“ gibt es schon.") % {"name": twin.name}},
                code="duplicate_tag",
            )

    def save(self, *args, **kwargs):
        """Give a tag without a slug the first free one; look again if a concurrent save took it meanwhile."""
        if self.slug:
            return super().save(*args, **kwargs)
        using = kwargs["using"] = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        manager = type(self)._default_manager.using(using)
        base = tag_slug_base(self.name)
        for attempt in range(1, SLUG_ATTEMPTS + 1):
            self.slug = numbered_slug(base, set(manager.filter(slug__startswith=base).values_list("slug", flat=True)))
            try:
                with transaction.atomic(using=using):
                    return super().save(*args, **kwargs)
            except IntegrityError:
                slug_was_taken = manager.filter(slug=self.slug).exists()
                self.slug = ""
                if attempt == SLUG_ATTEMPTS or not slug_was_taken:
                    raise

    def get_absolute_url(self):
        """The tag's route below the tag index (`/schlagworte/<slug>/`)."""
        return tag_url(self.slug)
