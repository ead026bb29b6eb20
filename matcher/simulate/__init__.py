"""Seeded simulator of a creator economy with follower-level truth.

It produces the bundled fixtures of the project and worlds for quality evaluation: creators
whose audiences are mixtures of latent communities, the aggregate reports a data provider
would export, and the exact share of each creator's real followers inside any segment.
"""

from .messy import messify
from .segments import SimSegment, fixed_segments, random_segments
from .world import World, build_world

__all__ = ["SimSegment", "World", "build_world", "fixed_segments", "messify", "random_segments"]
