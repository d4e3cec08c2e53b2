"""File ▸ Scan with Camera…: the camera on its own thread, the live outline, auto-capture
and the strip of this session's cards.
"""
