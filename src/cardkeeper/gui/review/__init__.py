"""Reviewing a read card: the open contact shown in the pane, corrected, accepted, merged,
deleted or restored, each one undo step. Edit ▸ Accept Card, Delete, and Enter.
"""
