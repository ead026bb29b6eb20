"""The service: a ``Matcher`` over the live catalogue, and the shortlists it answers."""

from matcher.service.lookalikes import lookalike_segment
from matcher.service.matcher import Matcher, build_from_store
from matcher.service.records import CreatorRecord, Shortlist, ShortlistResponse

__all__ = ["CreatorRecord", "Matcher", "Shortlist", "ShortlistResponse", "build_from_store",
           "lookalike_segment"]
