"""Data files: tone and angle presets, check lists, icons, styles, translations, the example story."""
