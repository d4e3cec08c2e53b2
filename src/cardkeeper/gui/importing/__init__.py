"""Card photos in: the import job off the GUI thread, its progress bar and the summary
after it. File ▸ Import Photos…, Import Folder…, drag and drop, the toolbar's *Met at*.
"""
