"""What a planner should know before reading a shortlist, a report or a batch output: each
warning is a code from ``WARNING_CODES`` and a sentence with this answer's figures."""

from __future__ import annotations

# The thresholds the warnings state.
WEAK_MATCH_MULTIPLE = 2.0      # the best share against the segment's average share
MICRO_MEMBERS = 10_000         # segment members across every eligible creator
MICRO_CREATORS = 10            # eligible creators
INFERRED_MAJORITY = 0.5        # share of the listed creators resting on estimated blocks
REFERENCE_MISMATCH = 2.0       # a roster's typical engagement against the reference's median

WARNING_CODES: dict[str, str] = {
    "no-target": "The segment targets no audience factor (ages, genders, countries, languages "
                 "or matched interests): every segment share is 1 and the ranking follows "
                 "content, engagement and credibility only.",
    "unmatched-interest": "An interest phrase matches no audience interest label any creator "
                          "reports; the interest share counts the other phrases, or is left "
                          "out when none matches.",
    "audience-only-interest": "An interest phrase matches no label by text; it counts, at "
                              "up to half weight, the labels the audiences of the reference "
                              "creators whose bios and categories are nearest it (alone and "
                              "written with the segment's name) over-index on, fitted "
                              "together (the audience path). A phrase that means nothing to "
                              "the catalogue gets labels this way too: pin one if they are "
                              "wrong.",
    "audience-disputed-interest": "Every label an interest phrase reaches by text (directly, "
                                  "in context or through the taxonomy) has a lift under 1 "
                                  "over the audiences of the reference creators nearest it: "
                                  "the audiences do not bear the reading out, so each counts "
                                  "at half weight. Such readings are wrong more often than "
                                  "others, though not always (labels that span several niches "
                                  "draw low lifts too): pin a label if these are not what it "
                                  "means.",
    "unknown-pin": "A pinned interest label is reported by no creator.",
    "empty": "No creator passes every filter of the segment; the sentence gives how many "
             "each filter alone leaves.",
    "short": "Fewer creators pass the filters than were asked for; the sentence gives how "
             "many each filter alone leaves.",
    "weak-match": f"The best segment share in the list is under {WEAK_MATCH_MULTIPLE:g}x the "
                  "segment's average share across eligible creators (or under halfway from "
                  "that average to 100%): on audience, the list barely beats creators picked "
                  "at random. At 0 no listed audience holds the segment at all.",
    "micro-segment": f"Fewer than {MICRO_MEMBERS:,} segment members are estimated across all "
                     f"eligible creators, or fewer than {MICRO_CREATORS} creators are "
                     "eligible: too few to act on or to compare.",
    "inferred": f"More than {INFERRED_MAJORITY:.0%} of the listed creators have a segment "
                "share resting on estimated (not reported) audience blocks.",
    "estimated-credibility": "Listed creators whose credibility is not reported passed "
                             "min_credibility on the catalogue's median credibility "
                             "(unknown_credibility: catalogue_median, the default); their "
                             "true credibility may be lower. unknown_credibility: exclude "
                             "lists only creators with a reported credibility.",
    "reference-mismatch": "Batch scoring: the roster does not resemble the reference "
                          "catalogue its engagement is compared with (its typical creator "
                          f"engages over {REFERENCE_MISMATCH:g}x or under "
                          f"1/{REFERENCE_MISMATCH:g} the reference median, or its platforms are "
                          "missing there): 'x the median' figures are against that catalogue.",
}


def warning(code: str, message: str) -> dict[str, str]:
    if code not in WARNING_CODES:
        raise ValueError(f"unknown warning code {code!r}")
    return {"code": code, "message": message}
