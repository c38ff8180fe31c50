"""A small inventory package: items, a store and a report, split over modules."""

from .items import Item, Perishable
from .store import Store, OutOfStock

__all__ = ["Item", "Perishable", "Store", "OutOfStock"]
