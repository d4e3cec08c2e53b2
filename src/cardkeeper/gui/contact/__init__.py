"""One contact in the right-hand pane: the card with its words, the editable fields, the
phone rows and the activity log.
"""
