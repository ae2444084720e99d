"""Contacts by municipality: editors see and edit only their own sections' contacts, reviewers all of them.

`ContactPermissionPolicy` decides per contact; the snippet views below ask it for every URL that names a
contact (edit, delete, copy, inspect, history, usage), the listing shows only what the user may see, and the
form offers only the user's own municipalities, so a foreign id is a form error, not a quiet save.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.views import snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from exchange.models import Contact, MunicipalityPage

#: The permission that lifts the restriction to one's own sections (held by the reviewers).
ALL_CONTACTS = "editorial.manage_all_contacts"


def sees_all_contacts(user):
    return user.is_active and (user.is_superuser or user.has_perm(ALL_CONTACTS))


def own_municipalities(user):
    """The municipalities whose section group `user` belongs to."""
    return MunicipalityPage.objects.filter(editorial_section__group__user=user)


class ContactPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (add, change, delete, view contact), limited to the user's own municipalities."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if sees_all_contacts(user):
            return True
        return (
            instance.municipality_id is not None
            and own_municipalities(user).filter(pk=instance.municipality_id).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Contact.objects.none()
        if sees_all_contacts(user):
            return Contact.objects.all()
        return Contact.objects.filter(municipality__in=own_municipalities(user))


permission_policy = ContactPermissionPolicy(Contact)


class ContactForm(WagtailAdminModelForm):
    """Editors pick one of their own municipalities (required for them); reviewers any or none."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("municipality")
        if field is not None and self.for_user is not None and not sees_all_contacts(self.for_user):
            field.queryset = own_municipalities(self.for_user)
            field.required = True
            # A list of one's own municipalities instead of a chooser that browses every page.
            field.widget = forms.Select(choices=field.choices)
            field.error_messages["invalid_choice"] = _("Wählen Sie eine Kommune, für die Sie Redaktionsrechte haben.")


class ContactInstanceMixin:
    """Refuse a view of a contact the user may not see or change (checked before the view does anything)."""

    instance_actions = ("change", "delete", "view")

    def dispatch(self, request, *args, **kwargs):
        contact = Contact.objects.filter(pk=kwargs.get("pk")).first()
        if contact is not None and not permission_policy.user_has_any_permission_for_instance(
            request.user, self.instance_actions, contact
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ContactEditView(ContactInstanceMixin, snippets.EditView):
    instance_actions = ("change",)


class ContactDeleteView(ContactInstanceMixin, snippets.DeleteView):
    instance_actions = ("delete",)


class ContactCopyView(ContactInstanceMixin, snippets.CopyView):
    pass


class ContactInspectView(ContactInstanceMixin, snippets.InspectView):
    pass


class ContactHistoryView(ContactInstanceMixin, snippets.HistoryView):
    pass


class ContactUsageView(ContactInstanceMixin, snippets.UsageView):
    pass


class ContactViewSet(SnippetViewSet):
    """The contact snippet in the admin, scoped by municipality (registered in editorial.wagtail_hooks, with the
    permission policy registered for Contact before it)."""

    model = Contact
    icon = "user"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "role"]
    edit_view_class = ContactEditView
    delete_view_class = ContactDeleteView
    copy_view_class = ContactCopyView
    inspect_view_class = ContactInspectView
    history_view_class = ContactHistoryView
    usage_view_class = ContactUsageView

    def get_queryset(self, request):
        return permission_policy.instances_user_has_any_permission_for(request.user, ["change", "delete", "view"])

    def get_edit_handler(self):
        return ObjectList(Contact.panels, base_form_class=ContactForm).bind_to_model(Contact)
