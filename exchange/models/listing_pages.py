"""The listing pages below the home page: topics (`/themen/`), tags (`/schlagworte/`) and type listings
(`/inhalte/<listing_slug>/`), as pages in the tree so they have breadcrumbs, an SEO title and an editable intro.

Topics and tags are routable pages (one route per topic or tag below the index), because their entries are
snippets, not pages. A type listing is a page of its own per content type (`TypeListingPage` below
`ContentIndexPage`), so editors edit its intro, title and menu entry like any page; `ensure_site_structure`
creates one for every type of the registry that has a `listing_slug`. The slugs are the public contract and
fixed (`listing_urls.py` builds the addresses without a query); each page type exists once, below its one
parent. Parameters are parsed by `exchange.params`; a refused value is a 400 page naming the parameter.
"""

from functools import wraps
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from exchange import listings, params
from exchange.feeds import links
from exchange.visibility import publicly_visible

from .events import EventPage
from .listing_urls import CONTENT_INDEX_SLUG, TAG_INDEX_SLUG, TOPIC_INDEX_SLUG
from .registry import content_page_type, listed_content_page_types
from .tags import Tag
from .topics import Topic

LISTING_TEMPLATE = "exchange/content_listing.html"


def listed_type_choices():
    """The content types with a listing of their own, as choices (derived anew, so a new type needs no migration)."""
    return [(model.type_key, model._meta.verbose_name_plural) for model in listed_content_page_types()]


def refuses_invalid_parameters(view):
    """Answer an `InvalidParameter` raised by a page's view with a 400 page naming the parameter."""

    @wraps(view)
    def wrapper(page, request, *args, **kwargs):
        try:
            return view(page, request, *args, **kwargs)
        except params.InvalidParameter as error:
            return listings.invalid_parameter_response(request, error)

    return wrapper


class ListingPage(Page):
    """What every listing page shares: an intro, Wagtail's SEO fields, a fixed slug and the content listing."""

    intro = models.TextField(
        gettext_lazy("Einleitung"),
        blank=True,
        help_text=gettext_lazy("Ein bis zwei Sätze über der Liste; leer lassen, wenn die Überschrift genügt."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # No slug panel: the address is fixed (see `fixed_slug`).
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description")], heading=gettext_lazy("Für Suchmaschinen")
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=gettext_lazy("Für das Hauptmenü")),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    #: The page's slug: part of its public address, so set on every save rather than edited.
    fixed_slug = ""

    class Meta:
        abstract = True

    def get_fixed_slug(self):
        return self.fixed_slug

    def full_clean(self, *args, **kwargs):
        self.slug = self.get_fixed_slug()
        super().full_clean(*args, **kwargs)

    def render_listing(self, request, queryset, link_parameters=(), **context):
        """One page of `queryset` as a content listing (`page`, newest first); pagination links keep `link_parameters`.

        `heading` names the listing; `breadcrumb_current` names a route below this page (a topic, a tag, a
        municipality), which makes this page a link in the breadcrumbs and keeps its SEO fields for itself.
        """
        page_number = params.page_number(request.GET.get("page"))
        context.setdefault("document_title", self.seo_title or context["heading"])
        context["page_obj"] = listings.paginate(queryset, page_number)
        context["link_query"] = urlencode(link_parameters)
        return TemplateResponse(request, LISTING_TEMPLATE, {**self.get_context(request), **context})


class TopicIndexPage(RoutablePageMixin, ListingPage):
    """All topics with how much content each holds (`/themen/`); below it, one topic's content (`/themen/<slug>/`)."""

    fixed_slug = TOPIC_INDEX_SLUG

    class Meta:
        verbose_name = gettext_lazy("Themenübersicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = listings.topics_with_counts()
        return context

    @path("<slug:slug>/", name="topic")
    @refuses_invalid_parameters
    def topic(self, request, slug):
        """All content of one topic, newest first."""
        topic = get_object_or_404(Topic, slug=slug)
        queryset = listings.published_content().filter(topics=topic)
        return self.render_listing(
            request,
            queryset,
            heading=topic.name,
            description=topic.description,
            topic=topic,
            document_title=topic.name,
            breadcrumb_current=topic.name,
            feed_links=[links.topic_feed(topic)],
        )


class TagIndexPage(RoutablePageMixin, ListingPage):
    """The tags in use (`/schlagworte/`); below it, the content carrying one tag (`/schlagworte/<slug>/`).

    A tag slug may hold any letters (`Tag.slug` allows Unicode); a slug with a control character is not found.
    """

    fixed_slug = TAG_INDEX_SLUG

    class Meta:
        verbose_name = gettext_lazy("Schlagwortübersicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = listings.tags_with_counts()
        return context

    @path("<str:slug>/", name="tag")
    @refuses_invalid_parameters
    def tag(self, request, slug):
        """All content carrying one free tag, newest first."""
        if not params.printable(slug):
            raise Http404(_("Dieses Schlagwort gibt es nicht."))
        tag = get_object_or_404(Tag, slug=slug)
        queryset = listings.published_content().filter(tagged_items__tag=tag)
        heading = _("Schlagwort: %(tag)s") % {"tag": tag.name}
        return self.render_listing(
            request,
            queryset,
            heading=heading,
            tag=tag,
            document_title=heading,
            breadcrumb_current=tag.name,
            feed_links=[links.tag_feed(tag)],
        )


class ContentIndexPage(ListingPage):
    """The type listings (`/inhalte/`): its children, one `TypeListingPage` per content type, in tree order.

    In the main navigation its children stand in its place (see `exchange.navigation`).
    """

    fixed_slug = CONTENT_INDEX_SLUG

    subpage_types = ["exchange.TypeListingPage"]

    class Meta:
        verbose_name = gettext_lazy("Inhaltstypen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["type_listings"] = publicly_visible(TypeListingPage.objects.child_of(self))
        return context


class TypeListingPage(ListingPage):
    """All content of one type (`/inhalte/praxisbeispiele/`), newest first, optionally of one municipality
    (`?municipality=<slug>`). Its slug is the type's `listing_slug`; its title heads the listing."""

    listing_type = models.CharField(
        gettext_lazy("Inhaltstyp"),
        max_length=50,
        unique=True,
        choices=listed_type_choices,
        help_text=gettext_lazy("Welche Inhalte die Seite auflistet; jeder Inhaltstyp hat genau eine Liste."),
    )
    menu_title = models.CharField(
        gettext_lazy("Titel im Hauptmenü"),
        max_length=100,
        blank=True,
        help_text=gettext_lazy("Kürzere Bezeichnung für das Hauptmenü; leer lassen: der Seitentitel."),
    )

    content_panels = ListingPage.content_panels + [FieldPanel("listing_type")]
    promote_panels = ListingPage.promote_panels + [FieldPanel("menu_title")]

    parent_page_types = ["exchange.ContentIndexPage"]
    max_count = None

    class Meta:
        verbose_name = gettext_lazy("Liste eines Inhaltstyps")
        verbose_name_plural = gettext_lazy("Listen der Inhaltstypen")

    @classmethod
    def can_create_at(cls, parent):
        """Only while a content type of the registry has no list yet."""
        listed = set(cls.objects.values_list("listing_type", flat=True))
        missing = [model for model in listed_content_page_types() if model.type_key not in listed]
        return bool(missing) and super().can_create_at(parent)

    @property
    def content_model(self):
        """The content page class this page lists, or None when its type is no longer installed."""
        model = content_page_type(self.listing_type)
        return model if model is not None and model.listing_slug else None

    def get_fixed_slug(self):
        model = self.content_model
        return model.listing_slug if model else self.slug

    def clean(self):
        super().clean()
        if TypeListingPage.objects.filter(listing_type=self.listing_type).exclude(pk=self.pk).exists():
            raise ValidationError({"listing_type": _("Für diesen Inhaltstyp gibt es schon eine Liste.")})

    def serve_preview(self, request, mode_name):
        """The admin's preview is the listing itself (the page has no template of its own)."""
        return self.serve(request)

    @refuses_invalid_parameters
    def serve(self, request, *args, **kwargs):
        """The listing itself, rendered like every content listing (`LISTING_TEMPLATE`)."""
        model = self.content_model
        if model is None:
            raise Http404(self.listing_type)
        queryset = listings.published_content().type(model)
        municipality = listings.requested_municipality(request)
        feed_links = [links.type_feed(model, municipality)]
        if issubclass(model, EventPage):
            feed_links.append(links.events_calendar())
        if municipality is None:
            return self.render_listing(
                request, queryset, heading=self.title, description=self.intro, feed_links=feed_links
            )
        heading = _("%(type)s aus %(municipality)s") % {"type": self.title, "municipality": municipality.title}
        return self.render_listing(
            request,
            queryset.child_of(municipality),
            link_parameters=[("municipality", municipality.slug)],
            heading=heading,
            description=self.intro,
            municipality=municipality,
            document_title=heading,
            breadcrumb_current=municipality.title,
            feed_links=feed_links,
        )
