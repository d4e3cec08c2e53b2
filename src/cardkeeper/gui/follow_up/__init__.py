"""Following up: the queue window (overdue, today, upcoming), drafting an email, snoozing,
the people drifting away, and telling when follow-ups fall due. Follow-ups menu.
"""
