"""Follow-ups ▸ Templates and Sequences…: the template editor with its live preview, and
the sequence editor.
"""
