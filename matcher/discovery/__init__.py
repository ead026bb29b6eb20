"""Segments discovered from a brand's own customer data."""
