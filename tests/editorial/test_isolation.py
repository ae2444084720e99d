"""Permission isolation, enforced on the server: a Kusel editor acts in Kusel only, through the admin's URLs.

Every action is sent straight to its URL, as a crafted request would be, not looked for as a button. Kusel is
trusted (its editors publish), so every action also works there; Mayen-Koblenz's pages stay as they were.
"""

import io
import shutil
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client, override_settings
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from editorial.roles import REVIEWERS, SHARED_COLLECTION, setup_roles
from exchange.models import ArticlePage, ExchangeImage
from home.site_structure import ensure_site_structure
from tests.factories import ArticlePageFactory, ImageFactory, MunicipalityPageFactory

from .conftest import denied, edit_form_data, member, superuser

Document = get_document_model()


@dataclass
class World:
    kusel: int
    myk: int
    pages: dict  # (municipality key, "live" | "draft") -> page id
    images: dict  # "kusel" | "myk" | "network" -> image id
    documents: dict
    collections: dict
    editor: object
    admin: object
    media: object


def make_pages(municipality, key):
    live = ArticlePageFactory(parent=municipality, title=f"Bericht {key}", slug=f"bericht-{key}")
    live.title = f"Bericht {key} (Entwurf)"
    live.save_revision()
    draft = ArticlePageFactory(parent=municipality, title=f"Entwurf {key}", slug=f"entwurf-{key}", live=False)
    draft.save_revision()
    return {(key, "live"): live.pk, (key, "draft"): draft.pk}


@pytest.fixture(scope="module")
def world_once(django_db_setup, django_db_blocker, tmp_path_factory):
    """Kusel (trusted) and Mayen-Koblenz with a live page (with a draft) and a draft each, their media, the
    shared collection's, and a Kusel editor; built once for the module and rolled back afterwards."""
    media = tmp_path_factory.mktemp("isolation-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, SEARCH_URL=""), transaction.atomic():
        ensure_site_structure()
        kusel = MunicipalityPageFactory(title="Landkreis Kusel", slug="kusel", publishes_without_review=True)
        myk = MunicipalityPageFactory(title="Landkreis Mayen-Koblenz", slug="mayen-koblenz")
        setup_roles()
        collections = {
            "kusel": kusel.editorial_section.collection,
            "myk": myk.editorial_section.collection,
            "network": Collection.objects.get(name=SHARED_COLLECTION),
        }
        images = {key: ImageFactory(title=f"Bild {key}", collection=c).pk for key, c in collections.items()}
        documents = {
            key: Document.objects.create(
                title=f"Dokument {key}", file=ContentFile(b"%PDF-1.4", name=f"{key}.pdf"), collection=c
            ).pk
            for key, c in collections.items()
        }
        yield World(
            kusel=kusel.pk,
            myk=myk.pk,
            pages={**make_pages(kusel, "kusel"), **make_pages(myk, "myk")},
            images=images,
            documents=documents,
            collections={key: c.pk for key, c in collections.items()},
            editor=member(kusel.editorial_section.group, "redaktion-kusel"),
            admin=superuser(),
            media=media,
        )
        transaction.set_rollback(True)


@pytest.fixture
def world(world_once, db, media_root):
    shutil.copytree(world_once.media, media_root, dirs_exist_ok=True)
    return world_once


@pytest.fixture
def editor(client, world):
    client.force_login(world.editor)
    return client


@pytest.fixture
def admin_client_(world):
    client = Client()
    client.force_login(world.admin)
    return client


def tree_state():
    """Everything a page action could change, for every page."""
    return list(
        Page.objects.order_by("path").values_list(
            "pk", "path", "live", "title", "draft_title", "slug", "latest_revision_id", "locked"
        )
    )


# --- page actions: each returns the response; `effect` says what it did when allowed -------------------


def open_edit(client, page, world, admin):
    return client.get(f"/admin/pages/{page.pk}/edit/")


def save_draft(client, page, world, admin):
    return client.post(f"/admin/pages/{page.pk}/edit/", edit_form_data(admin, page, title="Neuer Titel"))


def publish(client, page, world, admin):
    data = edit_form_data(admin, page, title="Neuer Titel")
    data["action-publish"] = "action-publish"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def unpublish(client, page, world, admin):
    return client.post(f"/admin/pages/{page.pk}/unpublish/")


def move(client, page, world, admin):
    """Move to the end of its municipality's children (a real move: it is the first of two)."""
    return client.post(f"/admin/pages/{page.pk}/move/{page.get_parent().pk}/confirm/")


def move_into_other(client, page, world, admin):
    """Move a page of Kusel into Mayen-Koblenz (the target, not the page, is foreign)."""
    own = Page.objects.get(pk=world.pages["kusel", "live"])
    return client.post(f"/admin/pages/{own.pk}/move/{page.get_parent().pk}/confirm/")


def copy(client, page, world, admin):
    data = {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": page.get_parent().pk}
    return client.post(f"/admin/pages/{page.pk}/copy/", data)


def copy_into_other(client, page, world, admin):
    """Copy a page of Kusel into Mayen-Koblenz."""
    data = {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": page.get_parent().pk}
    return client.post(f"/admin/pages/{world.pages['kusel', 'live']}/copy/", data)


def delete(client, page, world, admin):
    return client.post(f"/admin/pages/{page.pk}/delete/")


def view_draft(client, page, world, admin):
    return client.get(f"/admin/pages/{page.pk}/view_draft/")


def history(client, page, world, admin):
    return client.get(f"/admin/pages/{page.pk}/history/")


def revision(client, page, world, admin):
    return client.get(f"/admin/pages/{page.pk}/revisions/{page.latest_revision_id}/view/")


def add_child(client, page, world, admin):
    parent = page.get_parent()
    url = f"/admin/pages/add/exchange/articlepage/{parent.pk}/"
    data = edit_form_data(admin, page, title="Neue Seite", slug="neue-seite")
    return client.post(url, data)


def open_add_subpage(client, page, world, admin):
    return client.get(f"/admin/pages/{page.get_parent().pk}/add_subpage/")


ACTIONS = [
    open_edit,
    save_draft,
    publish,
    unpublish,
    move,
    move_into_other,
    copy,
    copy_into_other,
    delete,
    view_draft,
    history,
    revision,
    add_child,
    open_add_subpage,
]


@pytest.mark.parametrize("action", ACTIONS, ids=[a.__name__ for a in ACTIONS])
def test_kusel_editor_is_refused_on_a_mayen_koblenz_page(editor, admin_client_, world, action):
    page = Page.objects.get(pk=world.pages["myk", "live"]).specific
    before = tree_state()

    response = action(editor, page, world, admin_client_)

    assert denied(response), (response.status_code, response.get("Location"))
    assert tree_state() == before


def kusel_children():
    return list(Page.objects.get(slug="kusel").get_children().values_list("slug", flat=True))


#: What each action does in Kusel's own section, checked after the response.
EFFECTS = {
    "open_edit": lambda page, response: response.status_code == 200,
    "save_draft": lambda page, response: (
        page.get_latest_revision_as_object().title == "Neuer Titel" and page.title == "Bericht kusel"
    ),
    "publish": lambda page, response: page.live and page.title == "Neuer Titel",
    "unpublish": lambda page, response: not page.live,
    "move": lambda page, response: kusel_children() == ["entwurf-kusel", "bericht-kusel"],
    "copy": lambda page, response: ArticlePage.objects.child_of(page.get_parent()).filter(slug="kopie").exists(),
    "delete": lambda page, response: page is None,
    "view_draft": lambda page, response: (
        response.status_code == 200 and "Bericht kusel (Entwurf)" in response.content.decode()
    ),
    "history": lambda page, response: response.status_code == 200,
    "revision": lambda page, response: response.status_code == 200,
    "add_child": lambda page, response: ArticlePage.objects.filter(slug="neue-seite").exists(),
    "open_add_subpage": lambda page, response: response.status_code == 200,
}


@pytest.mark.parametrize("action", [a for a in ACTIONS if a.__name__ in EFFECTS], ids=list(EFFECTS))
def test_kusel_editor_may_act_in_kusels_own_section(editor, admin_client_, world, action):
    page = Page.objects.get(pk=world.pages["kusel", "live"]).specific

    response = action(editor, page, world, admin_client_)

    assert response.status_code in (200, 302), response.status_code
    assert not denied(response)
    after = Page.objects.filter(pk=page.pk).first()
    assert EFFECTS[action.__name__](after and after.specific, response)


def test_kusel_editor_cannot_make_a_mayen_koblenz_draft_live_by_copying_it(editor, world):
    draft = Page.objects.get(pk=world.pages["myk", "draft"])
    data = {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": world.kusel, "publish_copies": "on"}
    assert denied(editor.post(f"/admin/pages/{draft.pk}/copy/", data))
    assert not Page.objects.filter(slug="kopie").exists()


def test_reviewer_may_edit_below_kommunen_but_not_the_pages_above(client, world):
    client.force_login(member(Group.objects.get(name=REVIEWERS), "netzwerk"))
    home = Page.objects.get(depth=2)
    assert client.get(f"/admin/pages/{world.pages['myk', 'live']}/edit/").status_code == 200
    for page in (home, *home.get_children().exclude(slug="kommunen")):
        assert denied(client.get(f"/admin/pages/{page.pk}/edit/")), page.title
    assert denied(client.get("/admin/users/"))
    assert denied(client.get("/admin/sites/"))
    assert denied(client.get("/admin/settings/home/footersettings/"))
    assert denied(client.get("/admin/workflows/list/"))


# --- images and documents: own collection and the shared one, never another municipality's ------------------

MEDIA = {
    "image": {
        "model": ExchangeImage,
        "chooser": "/admin/images/chooser/",
        "edit": "/admin/images/{}/",
        "delete": "/admin/images/{}/delete/",
        "add": "/admin/images/add/",
        "ids": "images",
    },
    "document": {
        "model": Document,
        "chooser": "/admin/documents/chooser/",
        "edit": "/admin/documents/edit/{}/",
        "delete": "/admin/documents/delete/{}/",
        "add": "/admin/documents/add/",
        "ids": "documents",
    },
}


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_data(kind, collection, title="Hochgeladen"):
    if kind == "image":
        return {"title": title, "description": title, "file": ContentFile(png(), "bild.png"), "collection": collection}
    return {"title": title, "file": ContentFile(b"%PDF-1.4", "dokument.pdf"), "collection": collection}


def chooser_titles(response):
    """The titles the chooser lists (its HTML fragment, as the modal receives it)."""
    return response.json()["html"]


@pytest.mark.parametrize("kind", MEDIA)
def test_chooser_lists_own_and_shared_media_only(editor, world, kind):
    html = chooser_titles(editor.get(MEDIA[kind]["chooser"]))
    title = "Bild" if kind == "image" else "Dokument"
    assert f"{title} kusel" in html
    assert f"{title} network" in html
    assert f"{title} myk" not in html


@pytest.mark.parametrize("kind", MEDIA)
@pytest.mark.parametrize("step", ["open", "change", "delete"])
def test_kusel_editor_cannot_open_change_or_delete_mayen_koblenz_media(editor, world, kind, step):
    urls = MEDIA[kind]
    pk = getattr(world, urls["ids"])["myk"]
    if step == "open":
        response = editor.get(urls["edit"].format(pk))
    elif step == "change":
        response = editor.post(urls["edit"].format(pk), {"title": "Geändert", "collection": world.collections["kusel"]})
    else:
        response = editor.post(urls["delete"].format(pk))
    assert denied(response), response.status_code
    stored = urls["model"].objects.get(pk=pk)
    assert (stored.title, stored.collection_id) == (
        f"{'Bild' if kind == 'image' else 'Dokument'} myk",
        world.collections["myk"],
    )


@pytest.mark.parametrize("kind", MEDIA)
def test_kusel_editor_may_change_media_in_own_collection(editor, world, kind):
    urls = MEDIA[kind]
    pk = getattr(world, urls["ids"])["kusel"]
    data = {"title": "Geändert", "collection": world.collections["kusel"]}
    if kind == "image":
        data["description"] = "Geändert"
    assert editor.get(urls["edit"].format(pk)).status_code == 200
    response = editor.post(urls["edit"].format(pk), data)
    assert response.status_code == 302, response.content.decode()[:500]
    assert urls["model"].objects.get(pk=pk).title == "Geändert"


@pytest.mark.parametrize("kind", MEDIA)
def test_an_upload_naming_mayen_koblenz_collection_never_lands_there(editor, world, kind):
    """With one collection to add to, Wagtail's form has no collection choice: the upload goes to Kusel's."""
    editor.post(MEDIA[kind]["add"], upload_data(kind, world.collections["myk"]))
    assert not MEDIA[kind]["model"].objects.filter(collection_id=world.collections["myk"], title="Hochgeladen").exists()


@pytest.mark.parametrize("kind", MEDIA)
def test_kusel_editor_uploads_into_own_collection(editor, world, kind):
    response = editor.post(MEDIA[kind]["add"], upload_data(kind, world.collections["kusel"]))
    assert response.status_code == 302
    assert MEDIA[kind]["model"].objects.get(title="Hochgeladen").collection_id == world.collections["kusel"]


@pytest.mark.parametrize("kind", MEDIA)
def test_kusel_editor_may_delete_media_in_own_collection(editor, world, kind):
    """For Wagtail's media, deleting is changing: editors tidy their own collection, and only that."""
    pk = getattr(world, MEDIA[kind]["ids"])["kusel"]
    assert editor.post(MEDIA[kind]["delete"].format(pk)).status_code == 302
    assert not MEDIA[kind]["model"].objects.filter(pk=pk).exists()


# --- the public and anonymous users never see drafts ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/{live}/view_draft/",
        "/admin/pages/{draft}/view_draft/",
        "/admin/pages/{live}/edit/preview/",
        "/admin/pages/{live}/revisions/{revision}/view/",
        "/admin/pages/{live}/history/",
    ],
)
def test_anonymous_users_are_sent_to_the_login_for_drafts_and_previews(client, world, url):
    live = Page.objects.get(pk=world.pages["kusel", "live"])
    response = client.get(
        url.format(live=live.pk, draft=world.pages["kusel", "draft"], revision=live.latest_revision_id)
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_public_url_of_a_draft_is_not_found(client, world):
    assert client.get("/kommunen/kusel/entwurf-kusel/").status_code == 404


def test_the_public_url_of_a_live_page_shows_the_live_version_not_its_draft(client, world):
    html = client.get("/kommunen/kusel/bericht-kusel/").content.decode()
    assert "Bericht kusel" in html
    assert "(Entwurf)" not in html
