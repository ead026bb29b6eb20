"""Segments discovered in a brand's own customer data: read, cluster, describe, publish."""

from matcher.discovery.customers import CustomerBase, read_customers
from matcher.discovery.discover import Discovery, DiscoveryOptions, discover, discover_file
from matcher.discovery.mapping import (
    CustomerMapping,
    bundled_customer_mappings,
    load_customer_mapping,
)
from matcher.discovery.profiles import DiscoveredSegment
from matcher.discovery.shortlists import shortlist_segments

__all__ = ["CustomerBase", "CustomerMapping", "DiscoveredSegment", "Discovery",
           "DiscoveryOptions", "bundled_customer_mappings", "discover", "discover_file",
           "load_customer_mapping", "read_customers", "shortlist_segments"]
