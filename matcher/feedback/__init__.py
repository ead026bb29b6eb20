"""Campaign results fed back into the next shortlist."""
