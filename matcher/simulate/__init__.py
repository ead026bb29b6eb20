"""Seeded simulator of a creator economy with follower-level truth.

It produces the bundled fixtures of the project and worlds for quality evaluation: creators
whose audiences are mixtures of latent communities, the aggregate reports a data provider
would export, and the exact share of each creator's real followers inside any segment. The
provider's interest-label vocabulary is a parameter (``default``, or the held-out ``iab`` and
``broad``); the truth does not depend on it.
"""

from .messy import messify
from .segments import SimSegment, fixed_segments, random_segments
from .vocabularies import VOCABULARIES, Vocabulary, get_vocabulary
from .world import World, build_world

__all__ = ["VOCABULARIES", "SimSegment", "Vocabulary", "World", "build_world", "fixed_segments",
           "get_vocabulary", "messify", "random_segments"]
