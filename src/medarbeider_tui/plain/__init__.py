"""Plain mode: exercises, history and exports line by line, for screen readers and plain terminals.

``menu`` is the front page (`medarbeider --plain`, or `medarbeider` without a terminal);
``runner`` walks one exercise; one asker per step kind (``ask_*``) asks its questions and saves
each answer the moment it is typed; ``console`` is the only place that reads and writes.
"""
