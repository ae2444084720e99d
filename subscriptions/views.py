"""The public pages below /abonnieren/: subscribe, confirm (a button, never a bare link), manage, leave.

`POST /abonnieren/` accepts posts from other sites without a CSRF token (an embeddable form on a
municipality's website): double opt-in and the rate limits protect it. The one-click unsubscribe (RFC 8058)
is a POST without a token too; its key in the address authorises it.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from exchange import params
from exchange.models import MunicipalityPage, Topic
from exchange.models.registry import content_page_types
from exchange.visibility import publicly_visible
from home.models import FooterSettings

from . import subscribing
from .consent import PRIVACY_NOTICE, describe_subscription
from .forms import MAX_QUERY_LENGTH, SEARCH_FILTERS, FrequencyForm, SubscribeForm, find_tags
from .models import Frequency, Subscriber, Subscription
from .tokens import InvalidToken, subscription_for

#: GET parameters that pre-fill the subscribe form: the form's own names and the search page's.
PREFILL = {"topics": "topic", "tags": "tag", "municipalities": "municipality", "types": "type", "query": "q"}


def _privacy_page(request):
    return FooterSettings.for_request(request).privacy_page


def _address_key(group, request):
    return request.POST.get("email", "").strip().lower()[:254]


def _limited(request, key, rate):
    return is_ratelimited(request, group="subscribe", key=key, rate=rate, method="POST", increment=True)


def _form_context(request, form, selected):
    tags = list({tag.pk: tag for tag in find_tags(selected["tags"][: params.MAX_VALUES]).values()}.values())
    return {
        "form": form,
        "topics": Topic.objects.order_by("name"),
        "municipalities": publicly_visible(MunicipalityPage.objects.order_by("title")).only("title", "slug"),
        "types": [(model.type_key, model._meta.verbose_name_plural) for model in content_page_types()],
        "tags": tags,
        "selected": selected,
        "filters": [(name, value) for name in SEARCH_FILTERS for value in selected.get(name, [])],
        "frequencies": Frequency.choices,
        "privacy_notice": PRIVACY_NOTICE,
        "privacy_page": _privacy_page(request),
    }


def _selected(data):
    """The values a form shows as chosen: from a posted form, or a link's parameters (either spelling)."""
    selected = {field: data.getlist(field) or data.getlist(alias) for field, alias in PREFILL.items()}
    # A search may be longer than a saved search: a link pre-fills what the form can take.
    selected["query"] = (data.get("query") or data.get("q") or "")[:MAX_QUERY_LENGTH]
    for name in SEARCH_FILTERS:
        selected[name] = data.getlist(name)
    selected["email"] = data.get("email", "")
    selected["frequency"] = data.get("frequency") or Frequency.WEEKLY
    return selected


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return render(request, "subscriptions/subscribe.html", _form_context(request, None, _selected(request.GET)))
    if _limited(request, "ip", settings.SUBSCRIPTIONS_RATE_PER_CLIENT):
        return render(request, "429.html", status=429)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        context = _form_context(request, form, _selected(request.POST))
        return render(request, "subscriptions/subscribe.html", context, status=400)
    # The same answer for a bot, a new address, a known one and one over its limit: nothing to learn from it.
    if not form.is_bot and not _limited(request, _address_key, settings.SUBSCRIPTIONS_RATE_PER_ADDRESS):
        subscribing.subscribe(
            form.cleaned_data["email"], form.cleaned_data["frequency"], form.choices(), _privacy_page(request)
        )
    return redirect("subscriptions:sent", permanent=False)


def sent(request):
    return render(request, "subscriptions/sent.html")


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        subscription = subscription_for(token)
    except InvalidToken as error:
        return render(
            request, "subscriptions/invalid_link.html", {"expired": error.expired}, status=410 if error.expired else 404
        )
    if request.method == "POST":
        subscribing.confirm(subscription)
        return render(request, "subscriptions/confirmed.html", _manage_context(subscription.subscriber))
    context = {"subscription": subscription, "description": describe_subscription(subscription)}
    return render(request, "subscriptions/confirm.html", context)


def _subscriber(key):
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        raise Http404
    return subscriber


def _manage_context(subscriber):
    subscriptions = subscriber.subscriptions.order_by("created_at", "pk").prefetch_related(
        "topics", "tags", Prefetch("municipalities", queryset=MunicipalityPage.objects.only("title", "slug"))
    )
    return {
        "subscriber": subscriber,
        "subscriptions": [(subscription, describe_subscription(subscription)) for subscription in subscriptions],
        "frequencies": Frequency.choices,
        "manage_url": reverse("subscriptions:manage", args=[subscriber.key]),
        "unsubscribe_url": reverse("subscriptions:unsubscribe", args=[subscriber.key]),
    }


@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, key):
    subscriber = _subscriber(key)
    if request.method == "POST":
        pk = params.bounded_integer(request.POST.get("subscription", ""), 1, 2**63 - 1)
        subscription = Subscription.objects.filter(subscriber=subscriber, pk=pk).first() if pk else None
        action = request.POST.get("action")
        if subscription is None or action not in ("frequency", "remove"):
            context = {**_manage_context(subscriber), "error": "Bitte wählen Sie ein Abonnement und eine Aktion."}
            return render(request, "subscriptions/manage.html", context, status=400)
        if action == "remove":
            subscribing.remove_subscription(subscription)
            if not Subscriber.objects.filter(pk=subscriber.pk).exists():
                return render(request, "subscriptions/unsubscribed.html")
        else:
            form = FrequencyForm(request.POST)
            if not form.is_valid():
                context = {**_manage_context(subscriber), "error": "Bitte wählen Sie „sofort“ oder „wöchentlich“."}
                return render(request, "subscriptions/manage.html", context, status=400)
            Subscription.objects.filter(pk=subscription.pk).update(frequency=form.cleaned_data["frequency"])
        return redirect(reverse("subscriptions:manage", args=[key]) + "?gespeichert=1")
    context = {**_manage_context(subscriber), "saved": "gespeichert" in request.GET}
    return render(request, "subscriptions/manage.html", context)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, key):
    """GET asks (a mail scanner following the link changes nothing); POST, with the one-click body of RFC 8058
    or from the button, deletes the address and all that is stored about it. An unknown key was already
    unsubscribed, so it gets the same answer."""
    subscriber = Subscriber.objects.filter(key=key).first()
    if request.method == "POST":
        if subscriber is not None:
            subscribing.forget(subscriber)
        return render(request, "subscriptions/unsubscribed.html")
    if subscriber is None:
        return render(request, "subscriptions/unsubscribed.html")
    return render(request, "subscriptions/unsubscribe.html", {"subscriber": subscriber})
