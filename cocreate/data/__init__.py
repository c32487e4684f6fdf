"""Shipped data: quadrant lexicons and reframing rules, with their loaders."""
