"""The contacts list and its sections: the table model, the sidebar (all, review inbox,
events, tags, trash), thumbnails, and what an empty library shows. View menu.
"""
