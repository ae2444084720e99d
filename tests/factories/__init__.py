"""Factories for the exchange's pages, snippets and images."""

from .pages import (
    ArticlePageFactory,
    CaseStudyPageFactory,
    EventPageFactory,
    LessonPageFactory,
    MunicipalityPageFactory,
    StrategyPageFactory,
)
from .snippets import ContactFactory, ImageFactory, TopicFactory

__all__ = [
    "ArticlePageFactory",
    "CaseStudyPageFactory",
    "ContactFactory",
    "EventPageFactory",
    "ImageFactory",
    "LessonPageFactory",
    "MunicipalityPageFactory",
    "StrategyPageFactory",
    "TopicFactory",
]
