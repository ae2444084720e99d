"""The routes of the contacts directory (`ContactIndexPage`): the directory, a contact's page, the relay form.

The relay form posts to `/kontakte/<slug>/frage/` with the CSRF token (it is this site's own form). Every
post counts against the client's rate limit; a valid one also against the sender's address and the
contact's, so one person cannot flood an address through the site, nor anybody a contact. A filled-in
honeypot gets the same answer as a real question and sends nothing. The message is stored and mailed by a
task after the commit (`tasks.deliver_message`), which deletes it once sent.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from exchange import listings, params

from . import directory as lookups
from . import relay
from .addresses import contact_url, question_url, sent_url
from .forms import QuestionForm

RATE_GROUP = "contact-question"


def _render(page, request, template, status=200, **context):
    return TemplateResponse(request, template, {**page.get_context(request), **context}, status=status)


def directory(page, request):
    """All public contacts by name, filtered by `municipality`, `topic` and `role`; `page` pages through them."""
    contacts = lookups.visible_contacts()
    roles = lookups.roles_by_slug(contacts)
    filters = lookups.requested_filters(request, roles)
    page_obj = lookups.directory_page(
        filters.apply(contacts).order_by("name", "pk"), params.page_number(request.GET.get("page"))
    )
    return _render(
        page,
        request,
        "contacts/contact_index_page.html",
        page_obj=page_obj,
        filters=filters,
        link_query=urlencode(filters.query()),
        municipalities=lookups.municipality_choices(contacts),
        topics=lookups.topic_choices(contacts),
        roles=lookups.role_choices(roles),
        document_title=page.seo_title or page.title,
    )


def _visible_contact(slug):
    contact = lookups.visible_contacts().select_related("municipality", "photo").filter(slug=slug).first()
    if contact is None:
        raise Http404(_("Diese Ansprechperson gibt es hier nicht."))
    return contact


def _reachable_contact(slug):
    """A public contact with an address to relay to; without one there is no form."""
    contact = _visible_contact(slug)
    if not contact.email:
        raise Http404(_("Diese Person ist über das Wissensnetz nicht per Nachricht erreichbar."))
    return contact


def _form_context(contact, form=None):
    return {
        "contact": contact,
        "form": form,
        "question_action": question_url(contact.slug),
        "retention_hours": settings.CONTACTS_MESSAGE_RETENTION_HOURS,
    }


def contact(page, request, slug):
    """One contact: who they are, the public content naming them (newest first, `page`) and the relay form."""
    person = _visible_contact(slug)
    content = listings.paginate(lookups.contact_content(person), params.page_number(request.GET.get("page")))
    return _render(
        page,
        request,
        "contacts/contact_page.html",
        page_obj=content,
        topics=person.topics.order_by("name"),
        document_title=person.name,
        breadcrumb_current=person.name,
        reachable=bool(person.email),
        **_form_context(person),
    )


def _limited(request, key, rate, increment=True):
    return is_ratelimited(request, group=RATE_GROUP, key=key, rate=rate, method="POST", increment=increment)


def _sender_key(group, request):
    return request.POST.get("email", "").strip().lower()[:254]


def question(page, request, slug):
    """GET: the relay form alone (where cards link); POST: check it, store the message and send it after the
    commit. Errors are a 400 with the form and German messages; too many messages a 429."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    person = _reachable_contact(slug)
    context = {
        **_form_context(person),
        "document_title": _("Frage an %(name)s") % {"name": person.name},
        "breadcrumb_parent": {"label": person.name, "url": contact_url(person.slug)},
        "breadcrumb_current": _("Frage an die Kommune"),
    }
    if request.method != "POST":
        return _render(page, request, "contacts/question_page.html", **context)
    if _limited(request, "ip", settings.CONTACTS_RATE_PER_CLIENT):
        return _render(page, request, "contacts/too_many.html", status=429, **context)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return _render(page, request, "contacts/question_page.html", status=400, **{**context, "form": form})
    if not form.is_bot:
        if _limited(request, _sender_key, settings.CONTACTS_RATE_PER_ADDRESS) or _limited(
            request, lambda group, request: f"contact-{person.pk}", settings.CONTACTS_RATE_PER_CONTACT
        ):
            return _render(page, request, "contacts/too_many.html", status=429, **context)
        relay.accept(person, form.cleaned_data)
    return redirect(sent_url(person.slug))


def sent(page, request, slug):
    """Thanks for a question: it is on its way, and a copy comes to the sender."""
    person = _reachable_contact(slug)
    return _render(
        page,
        request,
        "contacts/question_sent.html",
        contact=person,
        document_title=_("Ihre Frage ist unterwegs"),
        breadcrumb_parent={"label": person.name, "url": contact_url(person.slug)},
        breadcrumb_current=_("Frage gesendet"),
    )
