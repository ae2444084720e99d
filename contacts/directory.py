"""Who the public may find in the contacts directory, and the directory's filters (`/kontakte/`).

The rule for contacts follows `exchange.visibility`: a contact is public when their municipality is (or
when they belong to none); the search documents use the same rule. The filters `municipality`, `topic`
and `role` are parsed strictly, as every public parameter (`exchange.params`): an unknown value is an
`InvalidParameter`, which the page answers with HTTP 400 naming the parameter.
"""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.text import slugify

from exchange import params
from exchange.listings import requested_municipality
from exchange.models import Contact, ContentPage, MunicipalityPage, Topic
from exchange.visibility import publicly_visible

#: Contacts on one page of the directory.
PAGE_SIZE = 24


def visible_contacts():
    """Contacts the public may find: those of a publicly visible municipality, or of none.

    Building the queryset reads the view restrictions (one query); reuse it rather than build it again."""
    municipalities = publicly_visible(MunicipalityPage.objects.all()).values("pk")
    return Contact.objects.filter(Q(municipality__isnull=True) | Q(municipality__in=municipalities))


def role_slug(role):
    """A role as the `role` parameter names it: its slug ("Chief Digital Officer" -> "chief-digital-officer")."""
    return slugify(role)


def roles_by_slug(contacts):
    """{slug: [role, …]} of the roles these contacts hold; roles differing only in case or punctuation share a
    slug, and the filter offers the first of them (one query)."""
    roles = {}
    for role in contacts.exclude(role="").values_list("role", flat=True).distinct().order_by("role"):
        roles.setdefault(role_slug(role), []).append(role)
    return roles


def role_choices(roles):
    """[(slug, label)] for the role filter, by label, from `roles_by_slug()`."""
    return sorted(((slug, names[0]) for slug, names in roles.items()), key=lambda choice: choice[1].casefold())


@dataclass
class DirectoryFilters:
    """The directory's filters as the request gives them; each None when absent."""

    municipality: MunicipalityPage | None = None
    topic: Topic | None = None
    role: str | None = None
    roles: tuple = ()

    def apply(self, contacts):
        if self.municipality is not None:
            contacts = contacts.filter(municipality=self.municipality)
        if self.topic is not None:
            contacts = contacts.filter(topics=self.topic)
        if self.role is not None:
            contacts = contacts.filter(role__in=self.roles)
        return contacts

    def query(self):
        """The filters as (name, value) pairs, for links that keep them (pagination)."""
        pairs = [("municipality", self.municipality.slug if self.municipality else None)]
        pairs += [("topic", self.topic.slug if self.topic else None), ("role", self.role)]
        return [(name, value) for name, value in pairs if value]


def _present(raw):
    return raw is not None and raw.strip(" \t\r\n") != ""


def requested_filters(request, roles):
    """The filters of a directory request; `roles` come from `roles_by_slug()`. Raises InvalidParameter."""
    filters = DirectoryFilters(municipality=requested_municipality(request))
    raw_topic = request.GET.get("topic")
    if _present(raw_topic):
        filters.topic = Topic.objects.filter(slug=params.slug(raw_topic, "topic")).first()
        if filters.topic is None:
            raise params.invalid("topic", raw_topic)
    raw_role = request.GET.get("role")
    if _present(raw_role):
        wanted = params.slug(raw_role, "role")
        if wanted not in roles:
            raise params.invalid("role", raw_role)
        filters.role = wanted
        filters.roles = tuple(roles[wanted])
    return filters


def directory_page(contacts, page_number):
    """One page of contacts, ready for their cards (municipality, photo and topics loaded in bulk); past the
    last page is a 404, as on the listings."""
    paginator = Paginator(
        contacts.select_related("municipality", "photo").prefetch_related("topics", "photo__renditions"), PAGE_SIZE
    )
    try:
        return paginator.page(page_number)
    except EmptyPage as error:
        raise Http404(str(error)) from error


def municipality_choices(contacts):
    """The municipalities of these (public) contacts, by title, for the filter."""
    with_contacts = contacts.filter(municipality__isnull=False).values("municipality")
    return MunicipalityPage.objects.filter(pk__in=with_contacts).order_by("title").only("title", "slug")


def topic_choices(contacts):
    """The topics these (public) contacts know about, by name, for the filter."""
    return Topic.objects.filter(contacts__in=contacts.values("pk")).distinct().order_by("name")


def contact_content(contact):
    """What a contact can tell about: the public content pages naming them, newest first (a content queryset)."""
    return ContentPage.objects.publicly_visible().newest_first().filter(contacts=contact)
