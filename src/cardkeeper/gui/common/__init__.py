"""What every feature of the window leans on: work off the GUI thread (``background``,
``library_jobs``), the clock, icons, colours, inline messages, the undo steps of library
changes, and the window as features see it (``window_host``). Imports no feature.
"""
