"""The printed programme: what each document holds (``documents``, pure Python), and its
pages drawn with Qt's painter into a PDF, a printer or an image (``render``).

Below the window and the command line, so both print the same pages; the command line
needs no window (an offscreen QGuiApplication for the fonts).
"""
