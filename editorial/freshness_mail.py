"""The monthly reminder: who gets one (editors of sections with stale pages) and what it says.

Editors are the active users with an address in a municipality's editor group (`EditorialSection.group`);
each mail lists that editor's stale pages with absolute links (`WAGTAILADMIN_BASE_URL`) to edit them and to
the report "Zu prüfende Inhalte".
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from exchange.models import ContentPage

from .freshness import content_of, stale_after_days, stale_pages
from .models import EditorialSection
from .reports import INDEX_URL_NAME


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def editors():
    """Active users with an address in any editor group of a section."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__editorial_section__isnull=False)
        .exclude(email="")
        .distinct()
    )


def editors_to_remind():
    """Ids of the editors whose sections hold stale pages (two queries, however many pages)."""
    steplen = ContentPage.steplen
    parents = {path[:-steplen] for path in stale_pages().values_list("path", flat=True)}
    sections = EditorialSection.objects.filter(municipality__path__in=parents)
    return list(editors().filter(groups__editorial_section__in=sections).values_list("pk", flat=True).distinct())


def stale_pages_of(user):
    """The stale pages in the sections of the user's editor groups."""
    sections = EditorialSection.objects.filter(group__user=user).select_related("municipality")
    municipalities = [section.municipality for section in sections]
    return list(stale_pages(ContentPage.objects.filter(content_of(municipalities))))


def reminder_mail(user, pages):
    """The German reminder (plain text and HTML) to `user` listing `pages`."""
    context = {
        "user": user,
        "pages": [(page, absolute(reverse("wagtailadmin_pages:edit", args=[page.pk]))) for page in pages],
        "report_url": absolute(reverse(INDEX_URL_NAME)),
        "days": stale_after_days(),
    }
    with translation.override("de"):
        subject = render_to_string("editorial/mail/freshness_reminder_subject.txt", context).strip()
        text = render_to_string("editorial/mail/freshness_reminder.txt", context)
        html = render_to_string("editorial/mail/freshness_reminder.html", context)
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    message.attach_alternative(html, "text/html")
    return message
