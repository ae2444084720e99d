"""`setup_roles` and the sections that municipalities bring with them: groups, collections, rights, workflow."""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.test.utils.form_data import querydict_from_html

from editorial.models import EditorialSection
from editorial.roles import REVIEWERS, SHARED_COLLECTION, WAGTAIL_EDITORS, WAGTAIL_MODERATORS, setup_roles
from editorial.workflow import WORKFLOW_NAME
from exchange.models import MunicipalityPage
from tests.factories import MunicipalityPageFactory

from .conftest import edit_form_data, member, superuser

pytestmark = pytest.mark.django_db


def snapshot():
    """Every group, right, collection and workflow row, as comparable values."""
    return {
        "groups": sorted(
            (g.name, sorted(g.permissions.values_list("content_type__app_label", "codename")))
            for g in Group.objects.all()
        ),
        "pages": sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
        "collections": sorted(
            GroupCollectionPermission.objects.values_list("group__name", "collection_id", "permission__codename")
        ),
        "collection_tree": sorted(Collection.objects.values_list("pk", "name", "path")),
        "sections": sorted(EditorialSection.objects.values_list("municipality_id", "group_id", "collection_id")),
        "workflows": sorted(Workflow.objects.values_list("pk", "name", "active")),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "tasks": sorted(Task.objects.values_list("pk", "name", "active")),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow_id", "task_id", "sort_order")),
        "task_groups": sorted(GroupApprovalTask.groups.through.objects.values_list("groupapprovaltask_id", "group_id")),
    }


@pytest.fixture
def municipalities(site_tree):
    return (
        MunicipalityPageFactory(title="Landkreis Kusel", slug="kusel"),
        MunicipalityPageFactory(title="Landkreis Mayen-Koblenz", slug="mayen-koblenz", publishes_without_review=True),
    )


def page_rights(group):
    return sorted(group.page_permissions.values_list("page_id", "permission__codename"))


def test_setup_roles_run_twice_changes_nothing(municipalities):
    call_command("setup_roles", stdout=io.StringIO())
    first = snapshot()
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    assert snapshot() == first
    assert "2 Redaktionsbereiche (0 neu, 1 veröffentlichen ohne Prüfung)" in out.getvalue()


def test_wagtails_moderators_become_the_reviewers_with_rights_below_kommunen_only(site_tree):
    _home, index = site_tree
    moderators = Group.objects.get(name=WAGTAIL_MODERATORS)

    setup_roles()

    moderators.refresh_from_db()
    assert moderators.name == REVIEWERS
    assert {pk for pk, _ in page_rights(moderators)} == {index.pk}
    assert {codename for _, codename in page_rights(moderators)} == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert not moderators.collection_permissions.filter(collection__depth=1).exists()
    assert moderators.permissions.filter(codename="set_review_trust").exists()


def test_the_reviewers_group_is_made_when_wagtails_moderators_are_gone(site_tree):
    _home, index = site_tree
    Group.objects.filter(name=WAGTAIL_MODERATORS).delete()

    setup_roles()

    reviewers = Group.objects.get(name=REVIEWERS)
    assert {pk for pk, _ in page_rights(reviewers)} == {index.pk}
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow__name=WORKFLOW_NAME)
    assert list(task.groups.all()) == [reviewers]


def test_wagtails_editors_group_loses_its_root_rights(site_tree):
    setup_roles()
    editors = Group.objects.get(name=WAGTAIL_EDITORS)
    assert not editors.page_permissions.exists()
    assert not editors.collection_permissions.exists()


def test_the_review_workflow_sits_on_kommunen_and_nothing_on_the_root(site_tree):
    _home, index = site_tree

    setup_roles()

    assert WorkflowPage.objects.get(page=index).workflow.name == WORKFLOW_NAME
    assert not WorkflowPage.objects.filter(page=Page.get_first_root_node()).exists()
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow__name=WORKFLOW_NAME)
    assert list(task.groups.values_list("name", flat=True)) == [REVIEWERS]


def test_pages_above_kommunen_have_no_review_workflow(site_tree):
    home, index = site_tree
    setup_roles()
    assert home.get_workflow() is None
    assert MunicipalityPageFactory(title="Neu").get_workflow().name == WORKFLOW_NAME


def test_each_municipality_gets_its_own_group_and_collection(municipalities):
    kusel, myk = municipalities
    sections = {m.pk: m.editorial_section for m in MunicipalityPage.objects.all()}
    assert sections[kusel.pk].group.name == "Redaktion Landkreis Kusel"
    assert sections[kusel.pk].collection.name == "Landkreis Kusel"
    assert sections[kusel.pk].collection.get_parent().is_root()
    assert sections[kusel.pk].group != sections[myk.pk].group
    assert sections[kusel.pk].collection != sections[myk.pk].collection


def test_an_editor_group_has_media_rights_on_its_own_collection_and_chooses_from_the_shared_one(municipalities):
    kusel, _ = municipalities
    section = EditorialSection.objects.get(municipality=kusel)
    rights = set(section.group.collection_permissions.values_list("collection__name", "permission__codename"))
    own = {(kusel.title, f"{verb}_{kind}") for verb in ("add", "change", "choose") for kind in ("image", "document")}
    assert rights == own | {(SHARED_COLLECTION, "choose_image"), (SHARED_COLLECTION, "choose_document")}


def test_only_a_trusted_municipalitys_group_may_publish(municipalities):
    kusel, myk = municipalities
    assert [c for _, c in page_rights(kusel.editorial_section.group)] == ["add_page", "change_page"]
    assert [c for _, c in page_rights(myk.editorial_section.group)] == ["add_page", "change_page", "publish_page"]


def test_two_municipalities_of_one_name_get_two_groups(site_tree):
    first = MunicipalityPageFactory(title="Neustadt", slug="neustadt-a")
    second = MunicipalityPageFactory(title="Neustadt", slug="neustadt-b")
    assert first.editorial_section.group.name == "Redaktion Neustadt"
    assert second.editorial_section.group.name == "Redaktion Neustadt (neustadt-b)"


def test_a_municipality_called_like_the_shared_collection_gets_a_collection_of_its_own(site_tree):
    setup_roles()
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    municipality = MunicipalityPageFactory(title=SHARED_COLLECTION)
    assert municipality.editorial_section.collection != shared
    assert Collection.objects.filter(name=SHARED_COLLECTION).count() == 2


# --- a municipality brings its section: admin, import, rename, trust --------------------------------------


def test_a_municipality_created_in_the_admin_gets_its_group_and_collection(client, site_tree):
    _home, index = site_tree
    client.force_login(superuser())
    url = f"/admin/pages/add/exchange/municipalitypage/{index.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Stadt Zweibrücken", "slug": "zweibruecken"})

    assert client.post(url, data).status_code == 302

    section = EditorialSection.objects.get(municipality__slug="zweibruecken")
    assert (section.group.name, section.collection.name) == ("Redaktion Stadt Zweibrücken", "Stadt Zweibrücken")


def test_a_municipality_created_by_import_exchange_gets_its_group_and_collection(tmp_path, site_tree):
    path = tmp_path / "kommunen.json"
    path.write_text(json.dumps({"municipalities": [{"slug": "kusel", "name": "Landkreis Kusel"}]}), encoding="utf-8")

    call_command("import_exchange", str(path), "--no-progress", stdout=io.StringIO())

    section = EditorialSection.objects.get(municipality__slug="kusel")
    assert (section.group.name, section.collection.name) == ("Redaktion Landkreis Kusel", "Landkreis Kusel")


def test_publishing_a_renamed_municipality_renames_its_group_and_collection(municipalities):
    kusel, _ = municipalities
    group, collection = kusel.editorial_section.group, kusel.editorial_section.collection
    kusel.title = "Kreis Kusel"
    kusel.save_revision()
    group.refresh_from_db()
    assert group.name == "Redaktion Landkreis Kusel"  # a draft renames nothing

    kusel.save_revision().publish()

    group.refresh_from_db()
    collection.refresh_from_db()
    assert (group.name, collection.name) == ("Redaktion Kreis Kusel", "Kreis Kusel")


def test_trusting_a_municipality_gives_its_group_publish_and_distrusting_takes_it(municipalities):
    kusel, _ = municipalities
    kusel.publishes_without_review = True
    kusel.save_revision().publish()
    assert "publish_page" in [c for _, c in page_rights(kusel.editorial_section.group)]

    kusel.publishes_without_review = False
    kusel.save_revision().publish()
    assert "publish_page" not in [c for _, c in page_rights(kusel.editorial_section.group)]


def test_an_editor_neither_sees_nor_can_send_the_trust_setting(client, municipalities):
    kusel, _ = municipalities
    admin = superuser()
    client.force_login(admin)
    data = edit_form_data(client, kusel, publishes_without_review="on")
    data["action-publish"] = "action-publish"
    editor = member(kusel.editorial_section.group, "redaktion-kusel")
    client.force_login(editor)

    assert "publishes_without_review" not in client.get(f"/admin/pages/{kusel.pk}/edit/").content.decode()
    client.post(f"/admin/pages/{kusel.pk}/edit/", data)

    kusel.refresh_from_db()
    assert not kusel.publishes_without_review
    assert not kusel.get_latest_revision_as_object().publishes_without_review
    assert "publish_page" not in [c for _, c in page_rights(kusel.editorial_section.group)]


def test_a_reviewer_trusts_a_municipality_in_its_form(client, municipalities):
    kusel, _ = municipalities
    setup_roles()
    client.force_login(member(Group.objects.get(name=REVIEWERS), "netzwerk"))
    data = edit_form_data(client, kusel, publishes_without_review="on")
    data["action-publish"] = "action-publish"

    assert client.post(f"/admin/pages/{kusel.pk}/edit/", data).status_code == 302

    kusel.refresh_from_db()
    assert kusel.publishes_without_review
    assert "publish_page" in [c for _, c in page_rights(kusel.editorial_section.group)]


# --- administrators deleting parts of a section ---------------------------------------------------------


def test_the_admin_refuses_to_delete_a_sections_collection(client, municipalities):
    kusel, _ = municipalities
    collection = kusel.editorial_section.collection
    client.force_login(superuser())

    assert (
        "Redaktionsbereich der Kommune „Landkreis Kusel“"
        in client.get(f"/admin/collections/{collection.pk}/delete/").content.decode()
    )
    assert client.post(f"/admin/collections/{collection.pk}/delete/").status_code == 403
    assert Collection.objects.filter(pk=collection.pk).exists()


def test_a_deleted_section_group_is_made_again_by_setup_roles(client, municipalities):
    kusel, _ = municipalities
    group = kusel.editorial_section.group
    collection = kusel.editorial_section.collection
    client.force_login(superuser())

    assert client.post(f"/admin/groups/delete/{group.pk}/").status_code == 302
    assert not Group.objects.filter(pk=group.pk).exists()

    setup_roles()
    section = EditorialSection.objects.get(municipality=kusel)
    assert section.group.name == "Redaktion Landkreis Kusel"
    assert section.collection == collection
