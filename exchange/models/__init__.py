"""The exchange's domain model, one module per aggregate."""

from .articles import ArticlePage
from .case_studies import CaseStudyPage
from .contacts import Contact
from .content import ContentPage, ContentPageTag
from .event_parts import EventRegistrationQuestion, EventResultPage
from .events import EventPage
from .images import ExchangeImage, ExchangeRendition
from .lessons import LessonPage
from .listing_pages import ContentIndexPage, TagIndexPage, TopicIndexPage, TypeListingPage
from .municipalities import MunicipalityIndexPage, MunicipalityPage
from .strategies import StrategyMeasure, StrategyPage
from .tags import Tag
from .topics import Topic

__all__ = [
    "ArticlePage",
    "CaseStudyPage",
    "Contact",
    "ContentIndexPage",
    "ContentPage",
    "ContentPageTag",
    "EventPage",
    "EventRegistrationQuestion",
    "EventResultPage",
    "ExchangeImage",
    "ExchangeRendition",
    "LessonPage",
    "MunicipalityIndexPage",
    "MunicipalityPage",
    "StrategyMeasure",
    "StrategyPage",
    "Tag",
    "TagIndexPage",
    "Topic",
    "TopicIndexPage",
    "TypeListingPage",
]
