"""Plain, line-by-line presentation: for screen readers, dumb terminals, pipes and scripts."""
