"""Controlled vocabularies shared by models, import/export and templates.

The stored values are the English keys of the import format; labels are German.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MunicipalityKind(models.TextChoices):
    LANDKREIS = "landkreis", _("Landkreis")
    KREISFREIE_STADT = "kreisfreie_stadt", _("Kreisfreie Stadt")
    STADT = "stadt", _("Stadt")
    VERBANDSGEMEINDE = "verbandsgemeinde", _("Verbandsgemeinde")
    GEMEINDE = "gemeinde", _("Gemeinde")
    REGION = "region", _("Region")


class CaseStudyStatus(models.TextChoices):
    IDEA = "idea", _("Idee")
    PLANNING = "planning", _("Planung")
    PILOT = "pilot", _("Pilotbetrieb")
    OPERATION = "operation", _("Regelbetrieb")
    DISCONTINUED = "discontinued", _("Eingestellt")


class LessonKind(models.TextChoices):
    STUMBLING_BLOCK = "stumbling_block", _("Stolperstein")
    BOOSTER = "booster", _("Booster")


class ProjectPhase(models.TextChoices):
    STRATEGY = "strategy", _("Strategie")
    PLANNING = "planning", _("Planung")
    PROCUREMENT = "procurement", _("Vergabe")
    IMPLEMENTATION = "implementation", _("Umsetzung")
    OPERATION = "operation", _("Betrieb")
    CONTINUATION = "continuation", _("Verstetigung")


class LessonCause(models.TextChoices):
    PROCUREMENT = "procurement", _("Vergabe und Beschaffung")
    DATA_PROTECTION = "data_protection", _("Datenschutz")
    STAFFING = "staffing", _("Personal")
    ACCEPTANCE = "acceptance", _("Akzeptanz")
    TECHNOLOGY = "technology", _("Technik")
    FUNDING = "funding", _("Finanzierung und Förderung")
    ORGANISATION = "organisation", _("Organisation")
    COMMUNICATION = "communication", _("Kommunikation")
    PARTICIPATION = "participation", _("Beteiligung")
    LEGAL = "legal", _("Recht")


class EventKind(models.TextChoices):
    KOMMUNALDIALOG = "kommunaldialog", _("Kommunaldialog")
    KOMMUNALCAMP = "kommunalcamp", _("KommunalCamp")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", _("Geplant")
    IN_PROGRESS = "in_progress", _("In Umsetzung")
    COMPLETED = "completed", _("Abgeschlossen")
