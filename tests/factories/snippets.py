"""Factories for topics, contacts and images (everything that is not a page)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Collection

from exchange.models import Contact, ExchangeImage, Topic


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Topic


class ContactFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    role = "Chief Digital Officer"

    class Meta:
        model = Contact


class ImageFactory(wagtail_factories.ImageFactory):
    """An ExchangeImage in the root collection (the base factory would create a second root)."""

    title = factory.Sequence(lambda n: f"Bild {n}")
    description = "Ein Testbild"
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = ExchangeImage
