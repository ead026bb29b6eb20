"""The REST API: a thin adapter over ``matcher.service``."""
