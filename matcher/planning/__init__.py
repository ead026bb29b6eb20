"""Campaign plans: the set of creators that reaches the most segment members for a budget."""
