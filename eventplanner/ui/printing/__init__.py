"""File → Print programme…: the printed programme, run sheets and door sheets, previewed."""
