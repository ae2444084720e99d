"""Admin forms of the exchange's pages."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from exchange.models.tags import validate_tag_name


class ContentPageForm(WagtailAdminPageForm):
    """Page form of every content type: refuses tags that would name nothing ("!!!") before they are created."""

    def clean_tags(self):
        """Every entered tag must pass `validate_tag_name`; all offending tags are named at once."""
        names = self.cleaned_data["tags"]
        errors = []
        for name in names:
            try:
                validate_tag_name(name)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return names
