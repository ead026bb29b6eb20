"""Campaign results fed back into the next shortlist: results in (``results``, ``campaigns``),
the model of performance (``model``, ``features``, ``learning``), refined shortlists
(``refine``) and pilots (``pilots``)."""

from .pilots import propose_pilot
from .refine import REFINED_RANK_BY, refined_shortlist
from .results import ImportResult, import_file, import_records

__all__ = ["REFINED_RANK_BY", "ImportResult", "import_file", "import_records", "propose_pilot",
           "refined_shortlist"]
